using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Detection.Validation;

/// <summary>
/// IBAN structure: the registered length per country (SWIFT IBAN registry) and the ISO 13616 mod-97
/// check. Lengths live in a 26x26 table indexed by the two country letters so lookups never allocate.
/// </summary>
public static class IbanRules
{
    public const int MaxLength = 34;

    // Country code + total IBAN length, from the public SWIFT IBAN registry.
    private const string Registry =
        "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18" +
        "FK18FO18FR27GB22GE22GI23GL18GR27GT28HN28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20" +
        "LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24" +
        "SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20YE30";

    private static readonly byte[] Lengths = BuildLengths();

    /// <summary>The IBAN length registered for the upper-case country code, or 0 when unknown.</summary>
    public static int LengthFor(char first, char second)
    {
        if (!Chars.IsUpper(first) || !Chars.IsUpper(second))
        {
            return 0;
        }
        return Lengths[((first - 'A') * 26) + (second - 'A')];
    }

    /// <summary>
    /// The mod-97 check over a compact IBAN (upper-case letters and digits only): the first four
    /// characters move to the end, letters count as 10-35, and the number must leave remainder 1.
    /// </summary>
    public static bool HasValidChecksum(ReadOnlySpan<char> compact)
    {
        if (compact.Length < 5)
        {
            return false;
        }
        var remainder = 0;
        for (var k = 0; k < compact.Length; k++)
        {
            var c = compact[(k + 4) % compact.Length];
            if (Chars.IsDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (Chars.IsUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }
        return remainder == 1;
    }

    private static byte[] BuildLengths()
    {
        var table = new byte[26 * 26];
        for (var i = 0; i + 4 <= Registry.Length; i += 4)
        {
            table[((Registry[i] - 'A') * 26) + (Registry[i + 1] - 'A')] = (byte)(((Registry[i + 2] - '0') * 10) + (Registry[i + 3] - '0'));
        }
        return table;
    }
}
