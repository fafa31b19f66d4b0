using PhoneNumbers;

namespace StreamFilter.Core.Detection.Detectors.Phones;

/// <summary>
/// Google's numbering metadata (libphonenumber) for the candidates the phone detector proposes: is a
/// number valid in its country (international form) or in one of the configured default regions
/// (national form)? The library parses from strings and allocates, and its FindNumbers runs at about
/// 22 MB/s, so it only ever sees candidates, and each verdict is kept in a small lock-free table keyed
/// by the digits: a number seen once costs a table read afterwards, with no allocation.
/// </summary>
internal sealed class PhoneMetadata
{
    /// <summary>The default regions: where employees of a multinational are called from most.</summary>
    public static readonly IReadOnlyList<string> DefaultRegions = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "IN", "AU", "JP"];

    private const int CacheBits = 13;

    /// <summary>
    /// Regions whose numbers are usually written without their trunk prefix: "(11) 98765-4321" in
    /// Brazil (the 0 comes with a carrier code), "98765 43210" in India.
    /// </summary>
    private static readonly HashSet<string> TrunkUsuallyOmitted = new(StringComparer.Ordinal) { "BR", "IN" };

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Packed verdicts: key (digits, length, kind) above two result bits; 0 is an empty slot.</summary>
    private readonly ulong[] _cache = new ulong[1 << CacheBits];

    /// <summary>National-format regions with their trunk prefix ("0" for GB, null where there is none).</summary>
    private readonly (string Region, string? Trunk)[] _national;

    public PhoneMetadata(IReadOnlyList<string> regions)
    {
        Regions = regions;
        // NANP regions are left to the detector's own numbering-plan rules, which need no metadata.
        _national = regions.Where(r => Util.GetCountryCodeForRegion(r) != 1)
            .Select(r => (r, Util.GetNddPrefixForRegion(r, true) is { Length: > 0 } trunk && !TrunkUsuallyOmitted.Contains(r) ? trunk : null))
            .ToArray();
    }

    public IReadOnlyList<string> Regions { get; }

    /// <summary>True when <paramref name="region"/> is a region code the metadata knows.</summary>
    public static bool IsKnownRegion(string region) => Util.GetSupportedRegions().Contains(region);

    /// <summary>The verdict on digits dialled after '+' (country code first).</summary>
    public PhoneVerdict International(ReadOnlySpan<char> digits) => Lookup(digits, international: true);

    /// <summary>Valid or Invalid for digits written in a default region's national form.</summary>
    public PhoneVerdict National(ReadOnlySpan<char> digits) => Lookup(digits, international: false);

    private PhoneVerdict Lookup(ReadOnlySpan<char> digits, bool international)
    {
        if (digits.Length is < 4 or > 15)
        {
            return PhoneVerdict.Invalid;
        }
        ulong value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (uint)(c - '0');
        }
        // value < 10^15 < 2^50; length 1-15 in 4 bits; kind in 1 bit. The length keeps the key non-zero.
        var key = (value << 5) | ((ulong)digits.Length << 1) | (international ? 1UL : 0UL);
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - CacheBits));
        var entry = Volatile.Read(ref _cache[slot]);
        if (entry >> 2 == key && (entry & 3) != 0)
        {
            return (PhoneVerdict)(entry & 3);
        }
        var verdict = international ? Judge("+" + digits.ToString(), "ZZ") : JudgeNational(digits.ToString());
        Volatile.Write(ref _cache[slot], (key << 2) | (ulong)verdict);
        return verdict;
    }

    private PhoneVerdict JudgeNational(string digits)
    {
        foreach (var (region, trunk) in _national)
        {
            // A national number is written with its trunk prefix where the region has one: without
            // it, "20241015" would be a valid German number.
            if (trunk is not null && !digits.StartsWith(trunk, StringComparison.Ordinal))
            {
                continue;
            }
            if (Judge(digits, region) == PhoneVerdict.Valid)
            {
                return PhoneVerdict.Valid;
            }
        }
        return PhoneVerdict.Invalid;
    }

    private static PhoneVerdict Judge(string number, string region)
    {
        try
        {
            var parsed = Util.Parse(number, region);
            var valid = region == "ZZ" ? Util.IsValidNumber(parsed) : Util.IsValidNumberForRegion(parsed, region);
            return valid ? PhoneVerdict.Valid : Util.IsPossibleNumber(parsed) ? PhoneVerdict.Possible : PhoneVerdict.Invalid;
        }
        catch (NumberParseException)
        {
            return PhoneVerdict.Invalid;
        }
    }
}

/// <summary>What the metadata says of a candidate (never 0, which marks an empty cache slot).</summary>
internal enum PhoneVerdict : byte
{
    Invalid = 1,
    Possible = 2,
    Valid = 3,
}
