using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using StreamFilter.Core.Detection.Detectors.Phones;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Phone numbers of every country. Candidates start at '+', '(' or a digit run's start, found in the
/// engine's shared anchor masks. NANP numbers (US, Canada) are judged by the numbering plan's own rules
/// (area code and exchange start with 2-9 and are not N11), which need no metadata and reject most
/// dates, versions and order numbers. Every other candidate is read as a phone shape
/// (<see cref="PhoneShape"/>: groups, parentheses, "(0)", 00/011 prefixes, extensions) and judged by
/// Google's metadata (<see cref="PhoneMetadata"/>): valid in its country (international form) or in
/// one of the configured default regions (national form, trunk prefix included). A valid formatted
/// number is reported alone; a bare run of digits, or a phone shape the metadata does not know, only
/// next to a context word ("phone", "mobile", "Tel.", "Handy", "teléfono" ...).
/// </summary>
public sealed class PhoneNumberDetector : AnchoredDetector
{
    internal const float FormattedScore = 0.6f;

    /// <summary>
    /// A formatted number valid in a default region's national format: reported alone, but at the
    /// threshold, so an id of the same span with its own check (an NPI, a health plan id) wins.
    /// </summary>
    internal const float NationalScore = 0.5f;
    internal const float CountryCodeScore = 0.7f;
    internal const float PossibleScore = 0.5f;
    internal const float ShapeOnlyScore = 0.3f;
    internal const float BareScore = 0.2f;

    private static readonly IReadOnlyList<string> Types = [EntityType.Phone];

    /// <summary>Characters that, directly before a candidate, mark it as part of an identifier or path.</summary>
    private static readonly SearchValues<char> JoinedBefore = SearchValues.Create("_\\#@$€£¥");

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["phone", "tel", "tel.", "telephone", "mobile", "cell", "call", "fax", "contact", "sms", "text me",
         "whatsapp", "reach me", "dial", "landline", "ring me", "voicemail", "desk", "answering",
         // other languages: German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Polish, Japanese
         "telefon", "handy", "mobil", "rufnummer", "anrufen", "téléphone", "telephone", "portable", "appeler",
         "teléfono", "telefono", "móvil", "movil", "celular", "llamar", "telefone", "ligar", "cellulare",
         "chiamare", "telefoonnummer", "mobiel", "bellen", "mobilnummer", "ring", "komórka", "komorka", "電話", "携帯"]));

    private readonly PhoneMetadata _metadata;

    /// <summary>A detector judging national numbers for the <see cref="PhoneMetadata.DefaultRegions"/>.</summary>
    public PhoneNumberDetector()
        : this(PhoneMetadata.DefaultRegions)
    {
    }

    /// <summary>A detector judging national numbers written as in <paramref name="regions"/> (ISO 3166 codes, checked by the rules parser).</summary>
    public PhoneNumberDetector(IReadOnlyList<string> regions) => _metadata = new PhoneMetadata(regions);

    /// <summary>The regions whose national formats are recognised.</summary>
    public IReadOnlyList<string> Regions => _metadata.Regions;

    public override string Id => "phone_number";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Candidates start at '+', '(' or the first digit of a run; `resume` is the end of the last
        // number found, before which nothing is tried again. Anchors come 64 characters per mask,
        // where one IndexOfAny call per digit run (timestamps, versions, ids) cost more than the matching.
        var resume = 0;
        var blocks = anchors.Blocks;
        var previousWord = 0UL;
        for (var b = 0; b < blocks.Length; b++)
        {
            ref readonly var block = ref blocks[b];
            var digits = block.Digits;
            var word = digits | block.Letters;
            // '+' and '(' start a number only before a digit: "retry(fn", "(v2.14" and "a + b" are
            // turned away here instead of in the matcher. Nor does a number start right after a
            // letter or digit ("v2", "x86", "ab12"), as IsCandidateStart would find.
            var signs = (block.Plus | block.OpenParen) & TextAnchors.Next(digits, b + 1 < blocks.Length ? blocks[b + 1].Digits : 0);
            var candidates = (digits | signs) & ~TextAnchors.Previous(word, previousWord);
            previousWord = word;
            while (candidates != 0)
            {
                var k = BitOperations.TrailingZeroCount(candidates);
                var at = b * 64 + k;
                if (at >= resume && (((signs >> k) & 1) != 0 || CouldStart(text, at, digits, k)))
                {
                    resume = TryAt(text, at, resume, findings);
                }
                candidates &= candidates - 1;
            }
        }
    }

    /// <summary>
    /// Whether the digit run at <paramref name="at"/> (bit <paramref name="k"/> of its block's digit
    /// mask) can start a phone number: a group of one to six digits before a separator or '(', or seven
    /// to seventeen digits in a row; runs going on past the block are always tried. Logs are full of
    /// other runs (times, ids, "512Z"), and each one skipped saves the boundary checks and the matchers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CouldStart(ReadOnlySpan<char> text, int at, ulong digits, int k)
    {
        var length = BitOperations.TrailingZeroCount(~(digits >> k));
        if (k + length >= 64 || length is >= 7 and <= 17)
        {
            return true;
        }
        var after = at + length;
        return length <= 6 && after + 1 < text.Length && text[after] is ' ' or '-' or '.' or '/' or '('
            && (Chars.IsDigit(text[after + 1]) || text[after + 1] == '(' || text[after] == '(');
    }

    /// <summary>Tries a candidate at <paramref name="start"/>; returns the end of the number found, or <paramref name="resume"/>.</summary>
    private int TryAt(ReadOnlySpan<char> text, int start, int resume, FindingList findings)
    {
        if (!IsCandidateStart(text, start))
        {
            return resume;
        }
        // NANP first: its rules need no metadata ("+1 415 ...", "(415) 555-2671", "1-415-...").
        var nanpAt = text[start] == '+' && start + 1 < text.Length && text[start + 1] == '1' ? start + 1 : start;
        var score = 0f;
        var nanpEnd = text[nanpAt] == '+' ? 0 : MatchNanp(text, nanpAt, out score);
        if (nanpEnd > 0)
        {
            var end = PhoneShape.ExtensionEnd(text, nanpEnd);
            if (Chars.IsNumberEnd(text, end))
            {
                findings.Add(EntityType.Phone, start, end, nanpAt == start ? score : CountryCodeScore);
                return end;
            }
        }
        return TryShape(text, start, resume, findings);
    }

    /// <summary>A candidate that is no NANP number, read as a phone shape and judged by the metadata (apart, so the common early exits above need no buffer).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int TryShape(ReadOnlySpan<char> text, int start, int resume, FindingList findings)
    {
        Span<char> digits = stackalloc char[PhoneShape.MaxDigits];
        if (!PhoneShape.Read(text, start, digits, out var shape) || !Chars.IsNumberEnd(text, shape.End))
        {
            return resume;
        }
        var judged = Judge(digits[..shape.DigitCount], shape);
        if (judged > 0)
        {
            findings.Add(EntityType.Phone, start, shape.End, judged);
            return shape.End;
        }
        return resume;
    }

    /// <summary>The score of a phone shape that is not a NANP number, or 0 when it is none.</summary>
    private float Judge(ReadOnlySpan<char> digits, in PhoneShape shape)
    {
        if (shape.International)
        {
            return _metadata.International(digits) switch
            {
                PhoneVerdict.Valid => CountryCodeScore,
                PhoneVerdict.Possible => PossibleScore,
                _ => shape.Formatted && digits.Length >= 8 ? ShapeOnlyScore : 0,
            };
        }
        if (_metadata.National(digits) == PhoneVerdict.Valid)
        {
            // "699 956 915" is a Spanish mobile or 699 million: reported next to a context word.
            return shape.Formatted && !shape.ThousandsLike ? NationalScore : ShapeOnlyScore;
        }
        // Seven digits without an area code ("555 2671") are as often a dial-in or room code.
        return shape.Formatted && digits.Length >= 8 ? ShapeOnlyScore : 0;
    }

    private static bool IsCandidateStart(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }
        var before = text[start - 1];
        if (char.IsLetterOrDigit(before) || JoinedBefore.Contains(before))
        {
            return false;
        }
        // "ORD-415-555-2671", "v1.415.555.2671", "a/415..." continue an identifier; "12:415" a time.
        // "tel:+1..." and "Phone: 415..." are fine.
        if (start >= 2 && before is '-' or '.' or '/' or ':')
        {
            var prior = text[start - 2];
            return before == ':' ? !Chars.IsDigit(prior) : !char.IsLetterOrDigit(prior);
        }
        return true;
    }

    /// <summary>
    /// Matches [1 sep] (NXX) NXX-XXXX or NXX sep NXX sep XXXX starting at <paramref name="start"/>;
    /// returns the exclusive end or 0.
    /// </summary>
    private static int MatchNanp(ReadOnlySpan<char> text, int start, out float score)
    {
        score = FormattedScore;
        var p = start;
        var hasTrunk = false;
        if (text[p] == '1' && p + 1 < text.Length && text[p + 1] is '-' or ' ' or '.')
        {
            hasTrunk = true;
            p += 2;
        }
        if (p >= text.Length)
        {
            return 0;
        }
        if (text[p] == '(')
        {
            if (p + 5 > text.Length || Chars.DigitRun(text, p + 1) != 3 || text[p + 4] != ')')
            {
                return 0;
            }
            var area = p + 1;
            p += 5;
            if (p < text.Length && text[p] is ' ' or '-')
            {
                p++;
            }
            return MatchExchangeAndLine(text, area, p, sep: '\0');
        }
        var run = Chars.DigitRun(text, p);
        if (run == 10 || (run == 11 && text[p] == '1' && !hasTrunk))
        {
            var digits = text.Slice(run == 11 ? p + 1 : p, 10);
            if (!IsValidNanp(digits[..3], digits[3..6]))
            {
                return 0;
            }
            score = BareScore;
            return p + run;
        }
        if (run != 3 || p + 3 >= text.Length)
        {
            return 0;
        }
        var separator = text[p + 3];
        if (separator is not ('-' or '.' or ' '))
        {
            return 0;
        }
        var result = MatchExchangeAndLine(text, p, p + 4, separator);
        if (result > 0 && hasTrunk)
        {
            score = CountryCodeScore;
        }
        return result;
    }

    /// <summary>Matches NXX sep XXXX at <paramref name="p"/>, the area code being at <paramref name="area"/>.</summary>
    private static int MatchExchangeAndLine(ReadOnlySpan<char> text, int area, int p, char sep)
    {
        if (Chars.DigitRun(text, p) != 3 || p + 8 > text.Length)
        {
            return 0;
        }
        var lineSep = text[p + 3];
        // With "(415) 555-2671" any of '-', '.', ' ' may follow the exchange; otherwise the
        // separator must repeat ("415-555-2671", not "415-555.2671" which reads like a version).
        if (sep == '\0' ? lineSep is not ('-' or '.' or ' ') : lineSep != sep)
        {
            return 0;
        }
        if (Chars.DigitRun(text, p + 4) != 4 || !IsValidNanp(text.Slice(area, 3), text.Slice(p, 3)))
        {
            return 0;
        }
        return p + 8;
    }

    /// <summary>Area code and exchange: first digit 2-9, and not an N11 service code (411, 911).</summary>
    internal static bool IsValidNanp(ReadOnlySpan<char> area, ReadOnlySpan<char> exchange) =>
        area[0] >= '2' && exchange[0] >= '2' && !(area[1] == '1' && area[2] == '1') && !(exchange[1] == '1' && exchange[2] == '1');
}
