using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// A card's security code and expiry date after their key words, with or without the card number
/// nearby: "CVV: 123", "security code is 0421", "exp 09/28", "valid thru 11/2027". Reported as
/// <c>CREDIT_CARD</c>, so they get the card's operator and sensitivity. A number after the key word
/// that has the wrong shape (a year, a five-digit order number) is left alone.
/// </summary>
public sealed class CardDetailsDetector : AnchoredDetector
{
    private static readonly IReadOnlyList<string> Types = [EntityType.CreditCard];

    private static readonly string[] CodeWords = ["cvv", "cvc", "cvv2", "cvc2", "csc", "security code", "card code", "card verification", "cvn"];

    private static readonly string[] ExpiryWords = ["exp", "expiry", "expires", "expiration", "valid thru", "valid through", "good thru"];

    private static readonly KeywordSearch Keywords = new([.. CodeWords, .. ExpiryWords]);

    /// <summary>
    /// The key words as the engine's gate words, so it runs this detector only on texts that hold one.
    /// "exp" is listed with what follows it (a month starts with 0 or 1): context
    /// words match word prefixes, and "export" or "expect" must not open the gate. "security code" and
    /// "csc" open it through "code is"/"code:" and the other words: the gate's prefix filter only matches
    /// words whose first letter has no non-ASCII case twin ('s' has 'ſ'), see ContextWordsTests.
    /// </summary>
    internal override IReadOnlyList<string> GateWords { get; } =
        [.. CodeWords.Where(w => w[0] != 's'), "code is", "code:", .. ExpiryWords.Where(w => w != "exp"), "exp 0", "exp 1", "exp:", "exp.", "exp date", "exp/", "exp-"];

    /// <summary>How far after its key word a detail may start.</summary>
    private const int Reach = 24;

    public override string Id => "card_details";

    public override IReadOnlyList<string> EntityTypes => Types;

    /// <summary>The card's own scoring: both detectors report <c>CREDIT_CARD</c>.</summary>
    public override EntityScoring DefaultScoring(string entityType) => CreditCardDetector.Scoring;

    /// <summary>Only on texts with a key word (<see cref="GateWords"/>).</summary>
    public override bool RequiresContext => true;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        if (!anchors.HasDigits)
        {
            return;
        }
        for (var at = Keywords.IndexOfAny(text, anchors, 0); at >= 0; at = Keywords.IndexOfAny(text, anchors, at + 1))
        {
            if (!Chars.IsWordStart(text, at))
            {
                continue;
            }
            var keywordEnd = KeywordEnd(text, at, out var isCode);
            if (keywordEnd < 0)
            {
                continue;
            }
            var limit = Math.Min(text.Length, keywordEnd + Reach);
            var start = CardDetails.SkipFiller(text, keywordEnd, limit, anyWords: true);
            if (start >= limit || !Chars.IsDigit(text[start]))
            {
                continue;
            }
            var end = isCode ? CardDetails.SecurityCode(text, start) : CardDetails.Expiry(text, start);
            if (end > 0)
            {
                findings.Add(EntityType.CreditCard, start, end, CardDetails.Score);
                at = end - 1;
            }
        }
    }

    /// <summary>The end of the key word at <paramref name="at"/> when it is a whole word, and which kind it is, or -1.</summary>
    private static int KeywordEnd(ReadOnlySpan<char> text, int at, out bool isCode)
    {
        var rest = text[at..];
        var best = -1;
        isCode = false;
        foreach (var word in CodeWords)
        {
            if (word.Length > best && rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && Chars.IsWordEnd(text, at + word.Length))
            {
                (best, isCode) = (word.Length, true);
            }
        }
        foreach (var word in ExpiryWords)
        {
            if (word.Length > best && rest.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (Chars.IsWordEnd(text, at + word.Length) || (at + word.Length < text.Length && text[at + word.Length] == '.')))
            {
                (best, isCode) = (word.Length, false);
            }
        }
        return best < 0 ? -1 : at + best;
    }
}
