using System.Globalization;

namespace StreamFilter.Core.Pipeline;

/// <summary>Output names of <see cref="TextField"/>s.</summary>
public static class FieldNames
{
    public static string Of(TextField field, int blockIndex = 0) => field switch
    {
        TextField.App => "app",
        TextField.WindowTitle => "window_title",
        TextField.Url => "url",
        TextField.Text => "text",
        TextField.Target => "target",
        _ => string.Create(CultureInfo.InvariantCulture, $"blocks[{blockIndex}].text"),
    };
}
