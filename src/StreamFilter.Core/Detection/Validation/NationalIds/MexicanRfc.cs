namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Mexico's RFC: 4 letters (persons) or 3 (companies), the date YYMMDD and a 3-character homoclave whose
/// last character is an optional mod-11 check (many issued RFCs do not satisfy it, so a failing check
/// only makes the candidate weaker). A person's RFC is also written without the homoclave (10 characters).
/// </summary>
public static class MexicanRfc
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";

    /// <summary>
    /// True when <paramref name="rfc"/> (upper case: 12 or 13 characters, or 9 or 10 without the
    /// homoclave, 10 for a person) has the RFC's form and an existing date.
    /// </summary>
    public static bool HasForm(ReadOnlySpan<char> rfc)
    {
        if (rfc.Length is not (10 or 12 or 13))
        {
            return false;
        }
        var letters = rfc.Length - (rfc.Length >= 12 ? 9 : 6);
        for (var i = 0; i < rfc.Length; i++)
        {
            var c = rfc[i];
            var isLetter = c is >= 'A' and <= 'Z' or 'Ñ' or '&';
            var isDigit = c is >= '0' and <= '9';
            var ok = i < letters ? isLetter : i < letters + 6 ? isDigit : c is >= 'A' and <= 'Z' || isDigit;
            if (!ok)
            {
                return false;
            }
        }
        var yy = CalendarDate.TwoDigits(rfc, letters);
        return CalendarDate.Exists(2000 + yy, CalendarDate.TwoDigits(rfc, letters + 2), CalendarDate.TwoDigits(rfc, letters + 4));
    }

    /// <summary>True when the last character is the check character of the others.</summary>
    public static bool HasValidCheck(ReadOnlySpan<char> rfc)
    {
        if (rfc.Length < 12)
        {
            return false;
        }
        // The body is left-padded with spaces to 12 characters: companies get one space.
        var body = rfc[..^1];
        var pad = 12 - body.Length;
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var value = Alphabet.IndexOf(body[i]);
            if (value < 0)
            {
                return false;
            }
            sum += value * (13 - pad - i);
        }
        for (var k = 0; k < pad; k++)
        {
            sum += Alphabet.IndexOf(' ') * (13 - k);
        }
        return rfc[^1] == Alphabet[(11 - (sum % 11)) % 11];
    }
}
