using System.Text.Json;

namespace StreamFilter.Core.Text;

/// <summary>
/// Pixel coordinates are almost always integers, and reading or writing them as doubles (shortest
/// round-trip formatting) was a tenth of the cost of a screen frame. Integers take the integer path;
/// anything else stays a double.
/// </summary>
internal static class JsonNumbers
{
    /// <summary>Largest magnitude at which every integer is exact in a double (2^53).</summary>
    private const double ExactIntegerLimit = 9007199254740992d;

    /// <summary>False for a non-number and for a number out of double range (1e400).</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return false;
        }
        if (reader.TryGetInt64(out var whole))
        {
            value = whole;
            return true;
        }
        return reader.TryGetDouble(out value) && double.IsFinite(value);
    }

    public static void Write(Utf8JsonWriter writer, double value)
    {
        if (Math.Abs(value) < ExactIntegerLimit && value == Math.Floor(value))
        {
            writer.WriteNumberValue((long)value);
        }
        else if (!TryWriteShortDecimal(writer, value))
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>
    /// OCR confidences (0.97) have a few decimals: written from integer digits when that reproduces the
    /// double exactly (parsing the text gives back the same value), else the caller falls back to the
    /// general round-trip formatting.
    /// </summary>
    private static bool TryWriteShortDecimal(Utf8JsonWriter writer, double value)
    {
        const int Scale = 10_000;
        if (!(Math.Abs(value) < 1e9))
        {
            return false;
        }
        var scaled = (long)Math.Round(value * Scale);
        if (scaled / (double)Scale != value)
        {
            return false;
        }
        Span<byte> text = stackalloc byte[24];
        var n = 0;
        if (scaled < 0)
        {
            text[n++] = (byte)'-';
            scaled = -scaled;
        }
        System.Buffers.Text.Utf8Formatter.TryFormat(scaled / Scale, text[n..], out var written);
        n += written;
        var fraction = (int)(scaled % Scale);
        text[n++] = (byte)'.';
        for (var divisor = Scale / 10; fraction > 0; divisor /= 10)
        {
            text[n++] = (byte)('0' + (fraction / divisor));
            fraction %= divisor;
        }
        writer.WriteRawValue(text[..n], skipInputValidation: true);
        return true;
    }
}
