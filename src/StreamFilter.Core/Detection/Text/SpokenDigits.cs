using System.Buffers.Binary;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// Digits said or spaced out instead of written as a number: "five three six, two two, four eight
/// seven one", "oh" and "o" for zero inside a run, "double five", "triple nine", and single digits
/// with a space or dash between each ("5 3 6 2 2 4 8 7 1"). A run becomes one run of ASCII digits in
/// the view, so the numeric detectors validate it like any other number (checksums, SSA rules) and
/// context scoring still applies.
/// </summary>
/// <remarks>
/// Only long runs are rewritten (<see cref="MinSpokenDigits"/> and <see cref="MinSpacedDigits"/>):
/// "one or two", "3 2 1 go" and short lists stay as they are.
/// </remarks>
internal static class SpokenDigits
{
    /// <summary>Digits a run with at least one number word must produce (a local phone number has seven).</summary>
    public const int MinSpokenDigits = 7;

    /// <summary>Digits a run of single spaced digits must have: "1 2 3 4 5 6 7" is more often a list.</summary>
    public const int MinSpacedDigits = 8;

    private const int MaxDigits = 24;

    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>The words that can start or continue a run (the view's gate looks for them).</summary>
    public static IReadOnlyList<string> GateWords { get; } = [.. Words, "double", "triple"];

    /// <summary>
    /// Parses a run starting at the word start <paramref name="start"/>; on success appends one piece
    /// per digit to <paramref name="pieces"/> and returns the run's end, else returns -1 and appends nothing.
    /// </summary>
    public static int TryParse(ReadOnlySpan<char> text, int start, List<ViewPiece> pieces)
    {
        var first = pieces.Count;
        var pos = start;
        var end = -1;
        var words = 0;
        var digits = 0;
        while (pos < text.Length && digits < MaxDigits)
        {
            var tokenStart = pos;
            var repeat = 1;
            var tokenEnd = WordEnd(text, pos);
            var word = text[pos..tokenEnd];
            if (word.Length == 6 && (word.Equals("double", StringComparison.OrdinalIgnoreCase) || word.Equals("triple", StringComparison.OrdinalIgnoreCase)))
            {
                repeat = (word[0] | 0x20) == 'd' ? 2 : 3;
                var after = SkipSeparators(text, tokenEnd);
                if (after == tokenEnd || after >= text.Length)
                {
                    break;
                }
                pos = after;
                tokenEnd = WordEnd(text, pos);
                word = text[pos..tokenEnd];
            }
            var digit = DigitOf(word, inRun: digits > 0);
            if (word.IsEmpty || digit < 0 || !Chars.IsWordEnd(text, tokenEnd))
            {
                break;
            }
            if (!Chars.IsDigit(word[0]))
            {
                words++;
            }
            for (var r = 0; r < repeat; r++)
            {
                pieces.Add(new ViewPiece((char)('0' + digit), tokenStart, tokenEnd));
            }
            digits += repeat;
            end = tokenEnd;
            var next = SkipSeparators(text, tokenEnd);
            if (next == tokenEnd)
            {
                break;
            }
            pos = next;
        }
        var enough = words > 0 ? digits >= MinSpokenDigits : digits >= MinSpacedDigits;
        if (!enough || end < 0)
        {
            pieces.RemoveRange(first, pieces.Count - first);
            return -1;
        }
        return end;
    }

    /// <summary>The digit a token stands for, or -1: a single ASCII digit, a digit word, or (inside a run) "oh"/"o".</summary>
    private static int DigitOf(ReadOnlySpan<char> word, bool inRun)
    {
        if (word.Length == 1 && Chars.IsDigit(word[0]))
        {
            return word[0] - '0';
        }
        // First letter and length pick the one word to compare, so ordinary words cost one switch.
        var d = word.Length switch
        {
            1 => (word[0] | 0x20) == 'o' && inRun ? 0 : -1,
            2 => (word[0] | 0x20) == 'o' && inRun ? 0 : -1, // "oh"; an opening "Oh, ..." is an interjection
            3 => (word[0] | 0x20) switch { 'o' => 1, 't' => 2, 's' => 6, _ => -1 },
            4 => (word[0] | 0x20) switch { 'z' => 0, 'f' => (word[1] | 0x20) == 'o' ? 4 : 5, 'n' => 9, _ => -1 },
            5 => (word[0] | 0x20) switch { 't' => 3, 's' => 7, 'e' => 8, _ => -1 },
            _ => -1,
        };
        return d >= 0 && word.Equals(d == 0 && word.Length <= 2 ? (word.Length == 1 ? "o" : "oh") : Words[d], StringComparison.OrdinalIgnoreCase) ? d : -1;
    }

    /// <summary>
    /// True when the word at <paramref name="i"/> of the narrowed text (<see cref="TextAnchors.Bytes"/>,
    /// padded) can start a run: a single digit, or the first four letters of a number word, compared
    /// as one folded integer so ordinary words cost a few compares.
    /// </summary>
    public static bool MayStartAt(ReadOnlySpan<byte> bytes, int i)
    {
        var c = bytes[i];
        if (Chars.IsDigit((char)c))
        {
            return !Chars.IsDigit((char)bytes[i + 1]);
        }
        var head = BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]) | 0x20202020;
        var three = head & 0xFFFFFF;
        return three is Three_one or Three_two or Three_six
            || head is Four_zero or Four_thre or Four_four or Four_five or Four_seve or Four_eigh or Four_nine or Four_doub or Four_trip;
    }

    private const uint Three_one = 'o' | ('n' << 8) | ('e' << 16);
    private const uint Three_two = 't' | ('w' << 8) | ('o' << 16);
    private const uint Three_six = 's' | ('i' << 8) | ('x' << 16);
    private const uint Four_zero = 'z' | ('e' << 8) | ('r' << 16) | ((uint)'o' << 24);
    private const uint Four_thre = 't' | ('h' << 8) | ('r' << 16) | ((uint)'e' << 24);
    private const uint Four_four = 'f' | ('o' << 8) | ('u' << 16) | ((uint)'r' << 24);
    private const uint Four_five = 'f' | ('i' << 8) | ('v' << 16) | ((uint)'e' << 24);
    private const uint Four_seve = 's' | ('e' << 8) | ('v' << 16) | ((uint)'e' << 24);
    private const uint Four_eigh = 'e' | ('i' << 8) | ('g' << 16) | ((uint)'h' << 24);
    private const uint Four_nine = 'n' | ('i' << 8) | ('n' << 16) | ((uint)'e' << 24);
    private const uint Four_doub = 'd' | ('o' << 8) | ('u' << 16) | ((uint)'b' << 24);
    private const uint Four_trip = 't' | ('r' << 8) | ('i' << 16) | ((uint)'p' << 24);

    private static int WordEnd(ReadOnlySpan<char> text, int pos)
    {
        if (pos < text.Length && Chars.IsDigit(text[pos]))
        {
            return pos + 1;
        }
        var end = pos;
        while (end < text.Length && Chars.IsAsciiLetter(text[end]) && end - pos < 8)
        {
            end++;
        }
        return end;
    }

    /// <summary>Past one to three separators between spoken digits (space, comma, dash), or <paramref name="pos"/> itself.</summary>
    private static int SkipSeparators(ReadOnlySpan<char> text, int pos)
    {
        var end = pos;
        while (end < text.Length && end - pos < 3 && text[end] is ' ' or ',' or '-')
        {
            end++;
        }
        return end;
    }
}
