using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Tests.Keystrokes;

/// <summary>
/// A minimal card finder (13-19 Luhn-valid digits, single spaces or dashes between groups) so the
/// keystroke tests do not depend on the full card detector another branch builds.
/// </summary>
internal sealed class TestCardDetector : Detector
{
    public override string Id => "test_card";

    public override IReadOnlyList<string> EntityTypes { get; } = [EntityType.CreditCard];

    public override EntityScoring DefaultScoring(string entityType) => new(0.5f, ContextWords.None);

    public override void Scan(ReadOnlySpan<char> text, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var end = i;
            var digits = 0;
            var lastDigitEnd = i;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is ' ' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
            {
                if (char.IsAsciiDigit(text[end]))
                {
                    digits++;
                    lastDigitEnd = end + 1;
                }
                end++;
            }
            if (digits is >= 13 and <= 19 && Luhn.IsValid(text[i..lastDigitEnd]))
            {
                findings.Add(EntityType.CreditCard, i, lastDigitEnd, 0.9f);
            }
            i = end + 1;
        }
    }
}
