using System.Text.Json;
using StreamFilter.Core.Events;
using StreamFilter.Core.Text;

namespace StreamFilter.Core.Pipeline;

/// <summary>The screen-OCR parts of a filtered event: its blocks with their boxes, and the boxes to blur.</summary>
internal static class ScreenFrameJson
{
    public static void WriteFrame(Utf8JsonWriter w, ScreenOcrData frame, ScanResult scan, string? fieldTag)
    {
        w.WriteString("frame_id"u8, frame.FrameId);
        w.WriteNumber("width"u8, frame.Width);
        w.WriteNumber("height"u8, frame.Height);
        w.WriteStartArray("blocks"u8);
        for (var i = 0; i < frame.Blocks.Count; i++)
        {
            var block = frame.Blocks[i];
            w.WriteStartObject();
            if (FilteredEventWriter.Tagged(scan.Blocks[i], fieldTag) is { } text)
            {
                w.WriteString("text"u8, text);
            }
            WriteBox(w, "bbox"u8, block.Box);
            if (block.Confidence is { } conf)
            {
                w.WriteNumber("conf"u8, conf);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteBox(Utf8JsonWriter w, ReadOnlySpan<byte> name, BoundingBox box)
    {
        w.WriteStartArray(name);
        WriteBoxValues(w, box);
        w.WriteEndArray();
    }

    private static void WriteBoxValues(Utf8JsonWriter w, BoundingBox box)
    {
        JsonNumbers.Write(w, box.X);
        JsonNumbers.Write(w, box.Y);
        JsonNumbers.Write(w, box.Width);
        JsonNumbers.Write(w, box.Height);
    }

    /// <summary>
    /// The pixel boxes an image pipeline must blur: sub-block boxes estimated from the character offsets
    /// of each value, or every block's whole box when the policy replaced all text.
    /// </summary>
    public static void WriteBlurBoxes(Utf8JsonWriter w, ScreenOcrData frame, ScanResult scan, bool wholeFields)
    {
        w.WriteStartArray("blur"u8);
        if (wholeFields)
        {
            foreach (var block in frame.Blocks)
            {
                w.WriteStartArray();
                WriteBoxValues(w, block.Box);
                w.WriteEndArray();
            }
        }
        else
        {
            foreach (var box in scan.BlurBoxes)
            {
                w.WriteStartArray();
                w.WriteNumberValue(box.X);
                w.WriteNumberValue(box.Y);
                w.WriteNumberValue(box.Width);
                w.WriteNumberValue(box.Height);
                w.WriteEndArray();
            }
        }
        w.WriteEndArray();
    }
}
