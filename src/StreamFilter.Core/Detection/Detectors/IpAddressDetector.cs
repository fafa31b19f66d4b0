using System.Buffers;
using System.Numerics;
using StreamFilter.Core.Detection.Text;
using StreamFilter.Core.Detection.Validation;

namespace StreamFilter.Core.Detection.Detectors;

/// <summary>
/// IPv4 (dotted quad, octets 0-255 without leading zeros, not inside a longer dotted number such as
/// the version 1.2.3.4.5) and IPv6 (full, compressed with one "::", or with an embedded IPv4 tail).
/// </summary>
/// <remarks>
/// Internal addresses (private, loopback, link-local, carrier-grade NAT, unique-local, unspecified,
/// multicast and broadcast) are NOT reported by default: in logs and terminals they identify machines
/// on the company network, not people, and redacting them would strip ordinary work data. Pass
/// <c>reportInternal: true</c> (rules file: a custom instance) to report them as well.
/// </remarks>
public sealed class IpAddressDetector(bool reportInternal = false) : AnchoredDetector
{
    internal const float Ipv4Score = 0.6f;
    internal const float Ipv6Score = 0.7f;

    private static readonly IReadOnlyList<string> Types = [EntityType.IpAddress];

    private static readonly SearchValues<char> Ipv6Chars = SearchValues.Create("0123456789abcdefABCDEF:.");

    /// <summary>Words that, just before a dotted quad, say it is a version ("ship 4.2.1.7", "build 10.0.1.5").</summary>
    private static readonly SearchValues<string> VersionWords = SearchValues.Create(
        ["version", "ver ", "ver.", "release", "build", "ship", "upgrade", "update", "bump", "patch", "firmware", "sdk", "assembly"],
        StringComparison.OrdinalIgnoreCase);

    private const int VersionLookBehind = 24;

    private static readonly EntityScoring Scoring = new(0.5f, new ContextWords(
        ["ip", "ip address", "ipv4", "ipv6", "address", "host", "client", "remote", "source", "from", "connect"]));

    public bool ReportInternal { get; } = reportInternal;

    public override string Id => "ip_address";

    public override IReadOnlyList<string> EntityTypes => Types;

    public override EntityScoring DefaultScoring(string entityType) => Scoring;

    internal override void Scan(ReadOnlySpan<char> text, TextAnchors anchors, FindingList findings)
    {
        // Both walks run only where the anchor masks show their necessary shape, which ordinary
        // text (timestamps, versions, ratios) rarely has; the walks themselves decide the rest.
        var firstChain = FirstDottedQuadShape(anchors);
        if (firstChain >= 0)
        {
            ScanIpv4(text, firstChain, findings);
        }
        if (HasIpv6Colons(anchors))
        {
            ScanIpv6(text, findings);
        }
    }

    /// <summary>
    /// The first dot of the first chain of three dots, each between two digits, that follow each
    /// other 2-4 characters apart, or -1: every dotted quad has that shape (its octets are 1-3
    /// digits), and a version like 2.14.3 does not. No address starts before that dot's octet: its
    /// dots would have completed a chain earlier.
    /// </summary>
    private static int FirstDottedQuadShape(TextAnchors anchors)
    {
        var blocks = anchors.Blocks;
        var chained = 0; // dots in the current chain
        var first = 0; // position of the chain's first dot
        var last = int.MinValue / 2; // position of the chain's last dot
        var previousDigits = 0UL;
        for (var b = 0; b < blocks.Length; b++)
        {
            var digits = blocks[b].Digits;
            var nextDigits = b + 1 < blocks.Length ? blocks[b + 1].Digits : 0;
            var dots = blocks[b].Dot & TextAnchors.Previous(digits, previousDigits) & TextAnchors.Next(digits, nextDigits);
            previousDigits = digits;
            while (dots != 0)
            {
                var at = b * 64 + BitOperations.TrailingZeroCount(dots);
                if (at - last is >= 2 and <= 4)
                {
                    chained++;
                }
                else
                {
                    (chained, first) = (1, at);
                }
                if (chained == 3)
                {
                    return first;
                }
                last = at;
                dots &= dots - 1;
            }
        }
        return -1;
    }

    /// <summary>
    /// True when the text holds "::" or a run of at least 15 hex digits, colons and dots: an address
    /// the IPv6 validator accepts is either compressed or has eight groups (at least 15 characters,
    /// "0:0:0:0:0:0:0:1"), or six before an IPv4 tail (more). Log lines full of times such as
    /// 09:14:03.512 have neither. The run is looked for only in texts with the six colons any
    /// uncompressed address has: hex letters and digits alone fill most texts' blocks.
    /// </summary>
    private static bool HasIpv6Colons(TextAnchors anchors)
    {
        var blocks = anchors.Blocks;
        var colons = 0;
        for (var b = 0; b < blocks.Length; b++)
        {
            var mask = blocks[b].Colon;
            var next = b + 1 < blocks.Length ? blocks[b + 1].Colon : 0;
            if ((mask & TextAnchors.Next(mask, next)) != 0)
            {
                return true;
            }
            colons += BitOperations.PopCount(mask);
        }
        return colons >= MinUncompressedColons && anchors.TryFindRun<Ipv6AddressChars>(0, MinUncompressedIpv6, out _, out _);
    }

    /// <summary>Six groups and an IPv4 tail ("0:0:0:0:0:0:1.2.3.4"); eight groups have seven.</summary>
    private const int MinUncompressedColons = 6;

    /// <summary>Eight one-digit groups and seven colons.</summary>
    private const int MinUncompressedIpv6 = 15;

    private void ScanIpv4(ReadOnlySpan<char> text, int firstDot, FindingList findings)
    {
        // Anchored on '.': only a digit run followed by a dot can start a dotted quad, and one
        // single-character search visits far fewer places than every digit run of timestamps and ids.
        // Dots before the first dotted-quad shape cannot start one.
        var resume = 0; // no candidate starts before the end of the last address
        var from = firstDot;
        while (from < text.Length)
        {
            var hit = text[from..].IndexOf('.');
            if (hit < 0)
            {
                return;
            }
            var dot = from + hit;
            from = dot + 1;
            var start = dot;
            while (start > resume && dot - start < 4 && Chars.IsDigit(text[start - 1]))
            {
                start--;
            }
            // No digits, or more than three (a first octet has at most three; the run fails whole).
            if (start == dot || dot - start == 4)
            {
                continue;
            }
            var end = MatchIpv4(text, start, out var value);
            if (end == 0)
            {
                continue;
            }
            // A dotted number continued by ".digit" or preceded by "digit." is a version or an OID.
            if (!ContinuesDotted(text, start, end) && (ReportInternal || !IsInternalV4(value))
                && !text[Math.Max(0, start - VersionLookBehind)..start].ContainsAny(VersionWords))
            {
                findings.Add(EntityType.IpAddress, start, end, Ipv4Score);
                resume = end;
            }
            // The quad's other dots could only start numbers preceded by "digit.", which
            // ContinuesDotted turns away: the search goes on after it, found or not.
            from = end;
        }
    }

    /// <summary>Parses a dotted quad at <paramref name="start"/>; returns its end or 0.</summary>
    internal static int MatchIpv4(ReadOnlySpan<char> text, int start, out uint value)
    {
        value = 0;
        var p = start;
        for (var octet = 0; octet < 4; octet++)
        {
            if (octet > 0)
            {
                if (p >= text.Length || text[p] != '.')
                {
                    return 0;
                }
                p++;
            }
            var run = p < text.Length ? Chars.DigitRun(text, p) : 0;
            if (run is 0 or > 3 || (run > 1 && text[p] == '0'))
            {
                return 0;
            }
            var n = 0;
            for (var k = 0; k < run; k++)
            {
                n = n * 10 + (text[p + k] - '0');
            }
            if (n > 255)
            {
                return 0;
            }
            value = (value << 8) | (uint)n;
            p += run;
        }
        return p;
    }

    private static bool ContinuesDotted(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_'
            || (start > 1 && text[start - 1] is '.' or '-' && char.IsLetterOrDigit(text[start - 2]))))
        {
            return true;
        }
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            return true;
        }
        return end + 1 < text.Length && text[end] is '.' or '-' && char.IsLetterOrDigit(text[end + 1]);
    }

    internal static bool IsInternalV4(uint a)
    {
        var first = a >> 24;
        return first is 0 or 10 or 127 or >= 224 // this-network, private, loopback, multicast/reserved/broadcast
            || (a & 0xFFF00000) == 0xAC100000 // 172.16.0.0/12
            || (a & 0xFFFF0000) == 0xC0A80000 // 192.168.0.0/16
            || (a & 0xFFFF0000) == 0xA9FE0000 // 169.254.0.0/16 link-local
            || (a & 0xFFC00000) == 0x64400000; // 100.64.0.0/10 carrier-grade NAT
    }

    private void ScanIpv6(ReadOnlySpan<char> text, FindingList findings)
    {
        var i = 0;
        while (i < text.Length)
        {
            var hit = text[i..].IndexOf(':');
            if (hit < 0)
            {
                return;
            }
            var colon = i + hit;
            var start = text[..colon].LastIndexOfAnyExcept(Ipv6Chars) + 1;
            var run = SecretText.RunOf(text, start, Ipv6Chars);
            var end = start + run;
            // Trim a sentence-ending '.' and a label colon ("fe80::1:"), but keep a trailing "::".
            while (end > start && (text[end - 1] == '.' || (text[end - 1] == ':' && !(end - 2 >= start && text[end - 2] == ':'))))
            {
                end--;
            }
            i = Math.Max(end, colon + 1);
            if (!Chars.IsWordStart(text, start) || !Chars.IsWordEnd(text, end) || (start > 0 && text[start - 1] == '_'))
            {
                continue;
            }
            if (Ipv6.TryParse(text[start..end], out var kind) && (ReportInternal || kind == Ipv6.Kind.Public))
            {
                findings.Add(EntityType.IpAddress, start, end, Ipv6Score);
            }
        }
    }
}
