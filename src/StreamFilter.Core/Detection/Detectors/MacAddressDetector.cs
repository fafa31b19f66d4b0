using System.Numerics;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// MAC addresses: six hex pairs joined by one consistent separator, ':' or '-' (00:1A:2B:3C:4D:5E),
/// or Cisco's three dotted quads (0012.3456.789a). Anchored on the separators between two hex digits, from the
/// engine's shared anchor masks; each hit is checked as the first separator of an address.
/// The all-zero and broadcast addresses identify no device and are skipped. Six pairs of plain
/// digits joined by '-' read like a date or a part number, so they need a context word ("mac").
/// </summary>
public sealed class MacAddressDetector : AnchoredDetector
{
    internal const float Score = 0.7f;
    internal const float DigitsOnlyScore = 0.3f;

    private const int Length = 17;
    private const int CiscoLength = 14;

    private static readonly IReadOnlyList<string> Types = [EntityType.MacAddress];

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["mac", "mac address", "hwaddr", "ether", "ethernet", "bssid", "wifi", "wi-fi", "nic", "device"]));

    public override string Id => "mac_address";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Separators are everywhere in logs (timestamps, UUIDs, versions); only those between two hex
        // digits can open an address, and the shared anchor masks give them 64 characters at a time.
        // `resume`: where the next address may start its first separator (after the last address).
        var resume = 2;
        var blocks = anchors.Blocks;
        var previousHex = 0UL;
        for (var b = 0; b < blocks.Length; b++)
        {
            ref readonly var block = ref blocks[b];
            var hex = block.Digits | block.HexLetters;
            var hasNext = b + 1 < blocks.Length;
            var nextHex = hasNext ? blocks[b + 1].Digits | blocks[b + 1].HexLetters : 0;
            // A first separator has its four partners where the form puts them: every third place
            // for "00:1A:2B:3C:4D:5E", five on for "0012.3456.789a". Times and dates have
            // separators between digits too, but never five in that rhythm.
            var separators = Rhythm(block.Colon, hasNext ? blocks[b + 1].Colon : 0, 3, 5)
                | Rhythm(block.Dash, hasNext ? blocks[b + 1].Dash : 0, 3, 5)
                | Rhythm(block.Dot, hasNext ? blocks[b + 1].Dot : 0, 5, 2);
            var candidates = separators & TextAnchors.Previous(hex, previousHex) & TextAnchors.Next(hex, nextHex);
            previousHex = hex;
            while (candidates != 0)
            {
                var sep = b * 64 + BitOperations.TrailingZeroCount(candidates);
                if (sep >= resume)
                {
                    resume = TryAt(text, sep, resume, findings);
                }
                candidates &= candidates - 1;
            }
        }
    }

    /// <summary>Positions of <paramref name="mask"/> followed by <paramref name="count"/> - 1 more, <paramref name="step"/> apart.</summary>
    private static ulong Rhythm(ulong mask, ulong next, int step, int count)
    {
        var chain = mask;
        for (var k = 1; k < count; k++)
        {
            chain &= TextAnchors.Ahead(mask, next, k * step);
        }
        return chain;
    }

    /// <summary>Tries the address whose first separator is at <paramref name="sep"/>; returns where the next may start, or <paramref name="resume"/>.</summary>
    private static int TryAt(ReadOnlySpan<char> text, int sep, int resume, FindingList findings)
    {
        var (start, length) = text[sep] == '.' ? (sep - 4, CiscoLength) : (sep - 2, Length);
        if (start < 0 || start + length > text.Length || !IsIsolated(text, start, start + length, text[sep]))
        {
            return resume;
        }
        var value = text.Slice(start, length);
        if (!(length == Length ? IsMac(value) : IsCiscoMac(value)))
        {
            return resume;
        }
        if (!IsNonDevice(value))
        {
            findings.Add(EntityType.MacAddress, start, start + length, HasHexLetter(value) || text[sep] == ':' ? Score : DigitsOnlyScore);
        }
        return start + length + 2;
    }

    private static bool HasHexLetter(ReadOnlySpan<char> value) => value.ContainsAnyInRange('a', 'f') || value.ContainsAnyInRange('A', 'F');

    /// <summary>hhhh.hhhh.hhhh</summary>
    private static bool IsCiscoMac(ReadOnlySpan<char> s)
    {
        for (var k = 0; k < CiscoLength; k++)
        {
            if (k % 5 == 4 ? s[k] != '.' : !Chars.IsHex(s[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsMac(ReadOnlySpan<char> s)
    {
        var sep = s[2];
        for (var k = 0; k < Length; k++)
        {
            if (k % 3 == 2 ? s[k] != sep : !Chars.IsHex(s[k]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsIsolated(ReadOnlySpan<char> text, int start, int end, char sep)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == sep || text[start - 1] == '_'))
        {
            return false;
        }
        return end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_'
            || (text[end] == sep && end + 1 < text.Length && Chars.IsHex(text[end + 1])));
    }

    /// <summary>00:00:00:00:00:00 and FF:FF:FF:FF:FF:FF name no device.</summary>
    private static bool IsNonDevice(ReadOnlySpan<char> s)
    {
        var c = char.ToLowerInvariant(s[0]);
        if (c is not ('0' or 'f'))
        {
            return false;
        }
        foreach (var x in s)
        {
            if (Chars.IsHex(x) && char.ToLowerInvariant(x) != c)
            {
                return false;
            }
        }
        return true;
    }
}
