using System.Text;

namespace StreamFilter.Core.Tests.Detection.Disguises;

/// <summary>One way people and tools disguise an identifier, as a rewrite of its plain form (null when it does not apply).</summary>
internal sealed record Disguise(string Name, Func<string, string?> Apply)
{
    private static readonly string[] DigitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public override string ToString() => Name;

    public static IReadOnlyList<Disguise> All { get; } =
    [
        new("en dash", v => v.Contains('-') ? v.Replace('-', '\u2013') : null),
        new("minus sign", v => v.Contains('-') ? v.Replace('-', '\u2212') : null),
        new("non-breaking hyphen", v => v.Contains('-') ? v.Replace('-', '\u2011') : null),
        new("full-width digits", v => MapDigits(v, '\uFF10')),
        new("Arabic-Indic digits", v => MapDigits(v, '\u0660')),
        new("Devanagari digits", v => MapDigits(v, '\u0966')),
        new("mathematical bold digits", v => MapDigitsSupplementary(v, 0x1D7CE)),
        new("full-width everything", v => new string(v.Select(c => c is > ' ' and < '\u007F' ? (char)(c - 0x21 + 0xFF01) : c).ToArray())),
        new("zero-width spaces", v => Interleave(v, "\u200B")),
        new("zero-width joiners", v => Interleave(v, "\u200D")),
        new("soft hyphens", v => Interleave(v, "\u00AD")),
        new("no-break spaces", v => v.Contains(' ') ? v.Replace(' ', '\u00A0') : null),
        new("thin spaces", v => v.Contains(' ') ? v.Replace(' ', '\u2009') : null),
        new("spaced-out digits", v => DigitsOnly(v) is { } d ? string.Join(' ', d.ToCharArray()) : null),
        new("digits in words", v => DigitsOnly(v) is { } d ? string.Join(' ', d.Select(c => DigitWords[c - '0'])) : null),
        new("digits in words with commas", v => DigitsOnly(v) is { } d ? string.Join(", ", d.Chunk(3).Select(g => string.Join(' ', g.Select(c => DigitWords[c - '0'])))) : null),
        new("email spelled with at and dot", v => v.Contains('@') ? v.Replace("@", " at ").Replace(".", " dot ") : null),
        new("email with [at] and [dot]", v => v.Contains('@') ? v.Replace("@", "[at]").Replace(".", "[dot]") : null),
        new("email with (at) and (dot)", v => v.Contains('@') ? v.Replace("@", " (at) ").Replace(".", " (dot) ") : null),
        new("email %-escaped", v => v.Contains('@') ? v.Replace("@", "%40") : null),
    ];

    private static string? MapDigits(string v, char zero) =>
        v.Any(char.IsAsciiDigit) ? new string(v.Select(c => char.IsAsciiDigit(c) ? (char)(zero + (c - '0')) : c).ToArray()) : null;

    private static string? MapDigitsSupplementary(string v, int zero)
    {
        if (!v.Any(char.IsAsciiDigit))
        {
            return null;
        }
        var sb = new StringBuilder();
        foreach (var c in v)
        {
            sb.Append(char.IsAsciiDigit(c) ? char.ConvertFromUtf32(zero + (c - '0')) : c.ToString());
        }
        return sb.ToString();
    }

    private static string Interleave(string v, string insert)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < v.Length; i++)
        {
            sb.Append(v[i]);
            if (i + 1 < v.Length && i % 2 == 0)
            {
                sb.Append(insert);
            }
        }
        return sb.ToString();
    }

    /// <summary>The digits of a value made only of digits and separators, or null.</summary>
    private static string? DigitsOnly(string v) =>
        v.All(c => char.IsAsciiDigit(c) || c is ' ' or '-') ? new string(v.Where(char.IsAsciiDigit).ToArray()) : null;
}
