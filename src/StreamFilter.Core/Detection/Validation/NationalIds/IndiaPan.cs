namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// India's PAN: AAAAA9999A with no check digit. The fourth letter is the holder type (P a person,
/// C a company, H, F, A, T, B, L, J, G, K other holders); the digits 0000 are never issued.
/// </summary>
public static class IndiaPan
{
    private const string HolderTypes = "PCHFATBLJGK";

    /// <summary><paramref name="pan"/>: ten characters, upper case.</summary>
    public static bool IsValid(ReadOnlySpan<char> pan)
    {
        if (pan.Length != 10 || HolderTypes.IndexOf(pan[3]) < 0 || pan.Slice(5, 4) is "0000")
        {
            return false;
        }
        for (var i = 0; i < 10; i++)
        {
            var isDigit = pan[i] is >= '0' and <= '9';
            if (isDigit != (i is >= 5 and <= 8) || (!isDigit && pan[i] is < 'A' or > 'Z'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the holder is a person (fourth letter P): the personal data among PANs.</summary>
    public static bool IsPerson(ReadOnlySpan<char> pan) => pan[3] == 'P';
}
