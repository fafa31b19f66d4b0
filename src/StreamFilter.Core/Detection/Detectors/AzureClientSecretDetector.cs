using System.Buffers;
using System.Numerics;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// Microsoft Entra ID (Azure AD) client secrets, which have no prefix but a fixed layout: three
/// characters, a digit and <c>Q~</c>, then 31-34 characters of <c>[A-Za-z0-9_~.-]</c>
/// (<c>bP88Q~rcBc...</c>; gitleaks' azure-ad-client-secret rule). Anchored on the '~' of the shared
/// anchor masks, which ordinary text rarely holds; reported as GENERIC_SECRET.
/// </summary>
public sealed class AzureClientSecretDetector : AnchoredDetector
{
    internal const float Score = 0.85f;

    private const int HeadLength = 4; // three characters and the digit before "Q~"
    private const int MinTail = 31;
    private const int MaxTail = 34;

    private static readonly IReadOnlyList<string> Types = [EntityType.GenericSecret];

    private static readonly SearchValues<char> SecretChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.-");

    /// <summary>What may stand just before the secret: a quote, space, '&gt;', '=', ':', '(', ',', ')' or '\'.</summary>
    private static readonly SearchValues<char> LeftEdge = SearchValues.Create("\\'\"` \t\r\n>=:(,)");

    /// <summary>What may follow it: a quote, space, '&lt;', ')', ',' or '\'.</summary>
    private static readonly SearchValues<char> RightEdge = SearchValues.Create("\\'\"` \t\r\n<),");

    public override string Id => "azure_client_secret";

    public override IReadOnlyList<string> EntityTypes => Types;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        var blocks = anchors.Blocks;
        var resume = 0;
        for (var b = 0; b < blocks.Length; b++)
        {
            for (var tildes = blocks[b].Tilde; tildes != 0; tildes &= tildes - 1)
            {
                var t = b * 64 + BitOperations.TrailingZeroCount(tildes);
                if (t >= resume && TryAt(text, t, out var start, out var end))
                {
                    findings.Add(EntityType.GenericSecret, start, end, Score);
                    resume = end;
                }
            }
        }
    }

    /// <summary>At a '~': the secret whose "Q~" it closes, if the layout and both edges fit.</summary>
    private static bool TryAt(ReadOnlySpan<char> text, int tilde, out int start, out int end)
    {
        start = tilde - 1 - HeadLength;
        end = 0;
        if (start < 0 || text[tilde - 1] != 'Q' || !Chars.IsDigit(text[tilde - 2])
            || text[start..(tilde - 2)].IndexOfAnyExcept(SecretChars) >= 0
            || (start > 0 && !LeftEdge.Contains(text[start - 1])))
        {
            return false;
        }
        var tail = SecretText.RunOf(text, tilde + 1, SecretChars);
        end = tilde + 1 + tail;
        if (tail is < MinTail or > MaxTail || (end < text.Length && !RightEdge.Contains(text[end])))
        {
            return false;
        }
        var body = text[(tilde + 1)..end];
        return !SecretText.IsPlaceholder(body) && SecretText.CharClasses(body) == 3;
    }
}
