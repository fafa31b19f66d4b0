namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Italy's codice fiscale for persons: 6 letters (surname, name), year, month letter, day (+40 for
/// women), a 4-character place code and a check letter. The digits may be replaced by the letters
/// L-V ("omocodia"). The check letter is the sum of the odd positions, through a fixed table, and of
/// the even positions' plain values, mod 26.
/// </summary>
public static class ItalianFiscalCode
{
    private const string Months = "ABCDEHLMPRST";
    private const string Omocodia = "LMNPQRSTUV";

    /// <summary>Values of 0-9 then A-Z in the odd (1st, 3rd, ...) positions.</summary>
    private static readonly byte[] OddDigits = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];

    private static readonly byte[] OddLetters =
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    /// <summary>Positions that hold digits (or their omocodia letters).</summary>
    private static bool IsDigitPosition(int i) => i is 6 or 7 or 9 or 10 or 12 or 13 or 14;

    /// <summary><paramref name="code"/>: 16 ASCII letters and digits, upper case.</summary>
    public static bool IsValid(ReadOnlySpan<char> code)
    {
        if (code.Length != 16)
        {
            return false;
        }
        Span<int> digit = stackalloc int[16];
        for (var i = 0; i < 15; i++)
        {
            var c = code[i];
            if (IsDigitPosition(i))
            {
                digit[i] = c is >= '0' and <= '9' ? c - '0' : Omocodia.IndexOf(c);
                if (digit[i] < 0)
                {
                    return false;
                }
            }
            else if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }
        var day = (digit[9] * 10) + digit[10];
        if (Months.IndexOf(code[8]) < 0 || day is < 1 or > 71 or (> 31 and < 41) || code[15] is < 'A' or > 'Z')
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = code[i];
            var isDigit = c is >= '0' and <= '9';
            sum += i % 2 == 0
                ? (isDigit ? OddDigits[c - '0'] : OddLetters[c - 'A'])
                : (isDigit ? c - '0' : c - 'A');
        }
        return code[15] == (char)('A' + (sum % 26));
    }
}
