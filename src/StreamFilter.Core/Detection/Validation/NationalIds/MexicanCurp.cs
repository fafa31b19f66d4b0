namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Mexico's CURP: 4 letters, YYMMDD, sex (H, M or X), a state code, 3 consonants, a disambiguation
/// character and a check digit (the first 17 characters' values, weights 18 down to 2, mod 10).
/// </summary>
public static class MexicanCurp
{
    internal const string Alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";

    private static readonly HashSet<string> States = new(StringComparer.Ordinal)
    {
        "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN", "MS",
        "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS", "NE",
    };

    /// <summary><paramref name="curp"/>: 18 characters, upper case.</summary>
    public static bool IsValid(ReadOnlySpan<char> curp)
    {
        if (curp.Length != 18 || curp[10] is not ('H' or 'M' or 'X') || !States.GetAlternateLookup<ReadOnlySpan<char>>().Contains(curp.Slice(11, 2)))
        {
            return false;
        }
        for (var i = 0; i < 18; i++)
        {
            var c = curp[i];
            var ok = i switch
            {
                < 4 or 10 or 11 or 12 or 13 or 14 or 15 => c is >= 'A' and <= 'Z',
                >= 4 and < 10 or 17 => c is >= '0' and <= '9',
                _ => c is >= '0' and <= '9' or >= 'A' and <= 'Z',
            };
            if (!ok)
            {
                return false;
            }
        }
        var yy = CalendarDate.TwoDigits(curp, 4);
        // The 17th character is a digit for births before 2000 and a letter after.
        var year = (curp[16] is >= '0' and <= '9' ? 1900 : 2000) + yy;
        if (!CalendarDate.Exists(year, CalendarDate.TwoDigits(curp, 6), CalendarDate.TwoDigits(curp, 8)))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(curp[i]) * (18 - i);
        }
        return (10 - (sum % 10)) % 10 == curp[17] - '0';
    }
}
