using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// A card's expiry date (MM/YY, MM/YYYY, MM-YY) and security code (three or four digits): what a
/// checkout form or a pasted card block prints next to the number. Either is only a card detail next
/// to a card or after its key word ("exp", "cvv", "security code"); alone it is any date or number.
/// </summary>
internal static class CardDetails
{
    /// <summary>The score of a card detail: above the default threshold, like the card itself.</summary>
    public const float Score = 0.8f;

    /// <summary>How many characters after a card its details may start.</summary>
    private const int Reach = 24;

    /// <summary>Adds the expiry and security code printed within a few characters after a card ending at <paramref name="end"/>.</summary>
    public static void AddAfterCard(ReadOnlySpan<char> text, int end, FindingList findings)
    {
        var limit = Math.Min(text.Length, end + Reach);
        var pos = end;
        for (var found = 0; found < 2 && pos < limit;)
        {
            var start = SkipFiller(text, pos, limit, anyWords: false);
            if (start >= limit || !Chars.IsDigit(text[start]))
            {
                return;
            }
            var detail = Expiry(text, start);
            if (detail < 0)
            {
                detail = SecurityCode(text, start);
            }
            if (detail < 0)
            {
                return;
            }
            findings.Add(EntityType.CreditCard, start, detail, Score);
            pos = detail;
            found++;
        }
    }

    /// <summary>End of "MM/YY", "MM/YYYY" or "MM-YY" at <paramref name="start"/>, or -1.</summary>
    public static int Expiry(ReadOnlySpan<char> text, int start)
    {
        if (!Chars.IsNumberStart(text, start))
        {
            return -1;
        }
        var month = Chars.DigitRun(text, start);
        var sep = start + month;
        if (month is not (1 or 2) || sep + 2 >= text.Length || text[sep] is not ('/' or '-' or '.'))
        {
            return -1;
        }
        var value = month == 1 ? text[start] - '0' : ((text[start] - '0') * 10) + text[start + 1] - '0';
        var year = Chars.DigitRun(text, sep + 1);
        var end = sep + 1 + year;
        var yearOk = year == 2 || (year == 4 && text[sep + 1] == '2' && text[sep + 2] == '0');
        return value is >= 1 and <= 12 && yearOk && Chars.IsNumberEnd(text, end) && Chars.IsWordEnd(text, end) ? end : -1;
    }

    /// <summary>End of a three- or four-digit code standing alone at <paramref name="start"/>, or -1.</summary>
    public static int SecurityCode(ReadOnlySpan<char> text, int start)
    {
        var run = Chars.DigitRun(text, start);
        var end = start + run;
        return run is 3 or 4 && Chars.IsNumberStart(text, start) && Chars.IsNumberEnd(text, end) && Chars.IsWordEnd(text, end) ? end : -1;
    }

    /// <summary>The words that may stand between a card and its details: "4111... exp 09/28 cvv 123".</summary>
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "exp", "expiry", "expires", "expiration", "expiring", "valid", "thru", "through", "until", "date", "end", "mm/yy", "mm/yyyy",
        "cvv", "cvc", "cvv2", "cvc2", "csc", "cid", "code", "security", "sec", "verification", "and",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Past the separators and short words between a card or key word and a detail ("exp", "cvv:",
    /// "(mm/yy)", "code is"), up to <paramref name="limit"/>. After a card only label words count
    /// (<paramref name="anyWords"/> false): "4111... for 200 dollars" has no security code.
    /// </summary>
    public static int SkipFiller(ReadOnlySpan<char> text, int pos, int limit, bool anyWords)
    {
        var words = 0;
        while (pos < limit)
        {
            var c = text[pos];
            if (c is ' ' or ':' or '.' or '#' or '=' or ',' or ';' or '|' or '-' or '(' or ')' or '\t' or '\n' or '\r' or '"' or '\'')
            {
                pos++;
                continue;
            }
            if (!Chars.IsAsciiLetter(c) || words == 3)
            {
                return pos;
            }
            var wordEnd = pos;
            while (wordEnd < limit && (Chars.IsAsciiLetter(text[wordEnd]) || text[wordEnd] == '/'))
            {
                wordEnd++;
            }
            if (wordEnd - pos > 12 || (!anyWords && !LabelLookup.Contains(text[pos..wordEnd])) || (anyWords && wordEnd - pos > 8))
            {
                return limit;
            }
            pos = wordEnd;
            words++;
        }
        return pos;
    }
}
