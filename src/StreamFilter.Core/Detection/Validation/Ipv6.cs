using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Validation;

/// <summary>
/// A strict IPv6 text validator (RFC 4291 section 2.2 forms) that also classifies the address, so
/// detectors can leave internal addresses alone. Allocation-free; no zone ids, no prefix lengths.
/// </summary>
internal static class Ipv6
{
    public enum Kind
    {
        Public,
        Internal,
    }

    /// <summary>
    /// True when <paramref name="s"/> is eight groups of 1-4 hex digits, or fewer with exactly one
    /// "::", optionally ending in a dotted IPv4 address that stands for the last two groups.
    /// Requires at least one decimal digit so code such as "a::b" or "dead::beef" is not taken.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Kind kind)
    {
        kind = Kind.Public;
        if (s.Length < 3 || s.Length > 45 || !s.ContainsAnyInRange('0', '9'))
        {
            return false;
        }
        var compressed = s.IndexOf("::", StringComparison.Ordinal);
        if (compressed >= 0 && s[(compressed + 1)..].IndexOf("::", StringComparison.Ordinal) >= 0)
        {
            return false;
        }
        Span<ushort> groups = stackalloc ushort[8];
        var count = 0;
        var headCount = -1;
        var p = 0;
        if (compressed == 0)
        {
            headCount = 0;
            p = 2;
        }
        while (p < s.Length)
        {
            var len = 0;
            var value = 0;
            while (p + len < s.Length && len < 5 && Chars.IsHex(s[p + len]))
            {
                value = (value << 4) | HexValue(s[p + len]);
                len++;
            }
            if (p + len < s.Length && s[p + len] == '.')
            {
                // Embedded IPv4 tail: only as the very last part.
                if (count > 6 || Detectors.IpAddressDetector.MatchIpv4(s, p, out var v4) != s.Length)
                {
                    return false;
                }
                groups[count++] = (ushort)(v4 >> 16);
                groups[count++] = (ushort)v4;
                p = s.Length;
                break;
            }
            if (len is 0 or > 4 || count == 8)
            {
                return false;
            }
            groups[count++] = (ushort)value;
            p += len;
            if (p == s.Length)
            {
                break;
            }
            if (s[p] != ':')
            {
                return false;
            }
            if (p + 1 < s.Length && s[p + 1] == ':')
            {
                headCount = count;
                p += 2;
                continue;
            }
            p++;
            if (p == s.Length)
            {
                return false;
            }
        }
        if (headCount < 0 ? count != 8 : count > 7)
        {
            return false;
        }
        kind = Classify(groups, count, headCount) ? Kind.Internal : Kind.Public;
        return true;
    }

    /// <summary>Loopback, unspecified, link-local fe80::/10, unique-local fc00::/7, multicast ff00::/8.</summary>
    private static bool Classify(ReadOnlySpan<ushort> groups, int count, int headCount)
    {
        // Expand to the full eight groups: the "::" stands for the missing zeros.
        Span<ushort> full = stackalloc ushort[8];
        var tail = headCount < 0 ? 0 : count - headCount;
        var head = headCount < 0 ? count : headCount;
        groups[..head].CopyTo(full);
        groups.Slice(head, tail).CopyTo(full[(8 - tail)..]);
        var first = full[0];
        if ((first & 0xFFC0) == 0xFE80 || (first & 0xFE00) == 0xFC00 || (first & 0xFF00) == 0xFF00)
        {
            return true;
        }
        var allZeroHead = full[..5].IndexOfAnyExcept((ushort)0) < 0;
        if (allZeroHead && full[5] == 0 && full[6] == 0 && full[7] <= 1)
        {
            return true; // :: and ::1
        }
        if (allZeroHead && full[5] == 0xFFFF)
        {
            // IPv4-mapped: judge the IPv4 address inside.
            return Detectors.IpAddressDetector.IsInternalV4(((uint)full[6] << 16) | full[7]);
        }
        return false;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
