using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors.Phones;

/// <summary>
/// A phone-shaped span read from its first character: an optional '+' or international prefix
/// (00, 011), digit groups joined by single spaces, dashes, dots or one slash, an area code in
/// parentheses, the "(0)" trunk marker of "+44 (0)20 ...", and an extension ("x1887", " ext. 12").
/// <see cref="Read"/> gathers the dialled digits (without the trunk marker) for the metadata and
/// turns away the shapes of dates, IPv4 addresses and versions, and the dashed layouts of US SSNs
/// and ITINs (3-2-4) and EINs (2-7), which are valid Spanish phone numbers too, and a lone last digit
/// (a check digit: "0532-0101-8").
/// </summary>
internal ref struct PhoneShape
{
    public const int MaxDigits = 17;

    /// <summary>End of the number itself (exclusive), before any extension.</summary>
    public int NumberEnd;

    /// <summary>End of the whole finding: the extension's end, or <see cref="NumberEnd"/>.</summary>
    public int End;

    /// <summary>Dialled digits gathered, the international prefix removed.</summary>
    public int DigitCount;

    public bool International;

    /// <summary>More than one group, or parentheses: written as a phone number, not a bare run.</summary>
    public bool Formatted;

    /// <summary>Groups like thousands ("699 956 915", "1 234 567"): a phone, or an amount.</summary>
    public bool ThousandsLike;

    /// <summary>
    /// Reads the span at <paramref name="start"/> ('+', '(' or a digit) into <paramref name="digits"/>
    /// (at least <see cref="MaxDigits"/> long); false when it is no phone shape.
    /// </summary>
    public static bool Read(ReadOnlySpan<char> text, int start, Span<char> digits, out PhoneShape shape)
    {
        shape = default;
        Span<int> groups = stackalloc int[12];
        var groupCount = 0;
        var p = start;
        if (text[p] == '+')
        {
            shape.International = true;
            p++;
        }
        var separators = 0; // one bit each: ' ' 1, '-' 2, '.' 4, '/' 8
        var slashes = 0;
        var parens = false;
        while (p < text.Length && groupCount < groups.Length)
        {
            if (text[p] == '(')
            {
                // An area code in parentheses, followed (after at most one space or dash) by digits;
                // anything else ("... (mobile)") ends the number before it.
                var run = Chars.DigitRun(text, p + 1);
                var close = p + 1 + run;
                if (run is 0 or > 5 || close + 1 >= text.Length || text[close] != ')')
                {
                    break;
                }
                var next = text[close + 1] is ' ' or '-' ? close + 2 : close + 1;
                if (next >= text.Length || !Chars.IsDigit(text[next]))
                {
                    break;
                }
                parens = true;
                // "(0)" after a country code is the trunk prefix, not dialled from abroad.
                if (!(shape.International && groupCount > 0 && text.Slice(p + 1, run) is "0"))
                {
                    if (!Append(text.Slice(p + 1, run), digits, ref shape))
                    {
                        return false;
                    }
                    groups[groupCount++] = run;
                }
                p = next;
                continue;
            }
            var length = Chars.DigitRun(text, p);
            if (length == 0 || !Append(text.Slice(p, length), digits, ref shape))
            {
                return false;
            }
            groups[groupCount++] = length;
            p += length;
            shape.NumberEnd = p;
            if (p + 1 < text.Length && text[p] is ' ' or '-' or '.' or '/' && (Chars.IsDigit(text[p + 1]) || text[p + 1] == '('))
            {
                separators |= text[p] switch { ' ' => 1, '-' => 2, '.' => 4, _ => 8 };
                slashes += text[p] == '/' ? 1 : 0;
                p++;
                continue;
            }
            if (p < text.Length && text[p] == '(')
            {
                continue;
            }
            break;
        }
        // A number running into a clock time ("... 11:20") is a timestamp.
        if (shape.NumberEnd == 0 || (shape.NumberEnd + 1 < text.Length && text[shape.NumberEnd] == ':' && Chars.IsDigit(text[shape.NumberEnd + 1])))
        {
            return false;
        }
        StripInternationalPrefix(digits, ref shape);
        if (shape.DigitCount is < 7 or > 15 || (separators & 4) != 0 && separators != 4 || slashes > 1
            || LooksLikeDate(groups[..groupCount], separators) || LooksDotted(groups[..groupCount], separators)
            || (!shape.International && separators is 1 or 2 && groups[..groupCount] is [3, 2, 4] or [2, 7])
            || (groupCount > 1 && groups[groupCount - 1] == 1))
        {
            return false;
        }
        shape.Formatted = groupCount > 1 || parens;
        shape.ThousandsLike = !parens && !shape.International && groupCount >= 3 && groups[0] <= 3 && AllThree(groups[1..groupCount]);
        shape.End = ExtensionEnd(text, shape.NumberEnd);
        return true;
    }

    private static bool Append(ReadOnlySpan<char> run, Span<char> digits, ref PhoneShape shape)
    {
        if (shape.DigitCount + run.Length > MaxDigits)
        {
            return false;
        }
        run.CopyTo(digits[shape.DigitCount..]);
        shape.DigitCount += run.Length;
        return true;
    }

    /// <summary>"00 44 ..." and "011 44 ..." dial abroad: the digits after them are international.</summary>
    private static void StripInternationalPrefix(Span<char> digits, ref PhoneShape shape)
    {
        if (shape.International || shape.DigitCount < 10)
        {
            return;
        }
        var prefix = digits[..shape.DigitCount] is ['0', '0', not '0', ..] ? 2 : digits[..shape.DigitCount] is ['0', '1', '1', not '0', ..] ? 3 : 0;
        if (prefix > 0)
        {
            digits[prefix..shape.DigitCount].CopyTo(digits);
            shape.DigitCount -= prefix;
            shape.International = true;
        }
    }

    /// <summary>
    /// 2024-10-15, 15.10.2024, 10/15/2024 (and "2000-04-16 11" before a clock time): the first three
    /// groups are a year of four digits before groups of one or two, or three groups end with the year.
    /// </summary>
    private static bool LooksLikeDate(ReadOnlySpan<int> groups, int separators) =>
        groups.Length >= 3 && (separators & (2 | 4 | 8)) != 0 &&
        ((groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2) || (groups.Length == 3 && groups[0] <= 2 && groups[1] <= 2 && groups[2] is 2 or 4));

    /// <summary>Dotted versions and IPv4 addresses (1.2.3, 10.20.30.40): a dotted group of one digit, or four groups of at most three.</summary>
    private static bool LooksDotted(ReadOnlySpan<int> groups, int separators)
    {
        if (separators != 4)
        {
            return false;
        }
        var short3 = true;
        foreach (var g in groups)
        {
            if (g == 1)
            {
                return true;
            }
            short3 &= g <= 3;
        }
        return groups.Length == 4 && short3 || groups.Length < 3;
    }

    private static bool AllThree(ReadOnlySpan<int> groups)
    {
        foreach (var g in groups)
        {
            if (g != 3)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The end of "x1887", " x 12", " ext. 12", " ext 12", "#12" after <paramref name="end"/>, or <paramref name="end"/>.</summary>
    public static int ExtensionEnd(ReadOnlySpan<char> text, int end)
    {
        var p = end < text.Length && text[end] == ' ' ? end + 1 : end;
        var rest = text[Math.Min(p, text.Length)..];
        int marker;
        if (rest.StartsWith("ext.", StringComparison.OrdinalIgnoreCase))
        {
            marker = 4;
        }
        else if (rest.StartsWith("ext", StringComparison.OrdinalIgnoreCase))
        {
            marker = 3;
        }
        else if (rest.Length > 0 && rest[0] is 'x' or 'X' or '#')
        {
            marker = 1;
        }
        else
        {
            return end;
        }
        var q = p + marker;
        if (q < text.Length && text[q] == ' ')
        {
            q++;
        }
        var run = Chars.DigitRun(text, q);
        return run is >= 1 and <= 6 && Chars.IsWordEnd(text, q + run) ? q + run : end;
    }
}
