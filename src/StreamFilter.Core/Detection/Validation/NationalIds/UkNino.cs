namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// The UK National Insurance number's letters (HMRC's format; there is no check digit): D, F, I, Q, U
/// and V never appear in the prefix, O not second, and BG, GB, KN, NK, NT, TN and ZZ are not
/// allocated; the suffix is A-D.
/// </summary>
public static class UkNino
{
    /// <summary>Prefix letters, upper case.</summary>
    public static bool IsAllocatedPrefix(char first, char second)
    {
        if (first is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' || second is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' or 'O')
        {
            return false;
        }
        return (first, second) is not (('B', 'G') or ('G', 'B') or ('K', 'N') or ('N', 'K') or ('N', 'T') or ('T', 'N') or ('Z', 'Z'));
    }

    public static bool IsSuffix(char c) => c is >= 'A' and <= 'D';
}
