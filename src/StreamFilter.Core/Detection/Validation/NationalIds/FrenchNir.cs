namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// France's NIR (numéro de sécurité sociale): a 13-character body (sex, year, month, department,
/// commune, order) and a 2-digit key, 97 minus the body mod 97. Corsica's departments 2A and 2B count
/// as 19 and 18 in the sum.
/// </summary>
public static class FrenchNir
{
    /// <summary><paramref name="nir"/> holds 15 characters, digits except a possible 2A/2B department at 5-6.</summary>
    public static bool IsValid(ReadOnlySpan<char> nir)
    {
        if (nir.Length != 15 || nir[0] is not ('1' or '2' or '3' or '4' or '7' or '8'))
        {
            return false;
        }
        var month = CalendarDate.TwoDigits(nir, 3);
        // 1-12, 20-42 (numbers issued without a known month) and 50 upwards (provisional numbers).
        if (month < 1 || (month > 12 && month < 20) || (month > 42 && month < 50))
        {
            return false;
        }
        long body = 0;
        for (var i = 0; i < 13; i++)
        {
            var c = nir[i];
            if (i == 6 && nir[5] == '2' && c is 'A' or 'a' or 'B' or 'b')
            {
                // 2A -> 19, 2B -> 18: replace the two department characters.
                body = (body / 10 * 100) + (c is 'A' or 'a' ? 19 : 18);
                continue;
            }
            var d = c - '0';
            if ((uint)d > 9)
            {
                return false;
            }
            body = (body * 10) + d;
        }
        var key = CalendarDate.TwoDigits(nir, 13);
        return key >= 1 && key == 97 - (int)(body % 97);
    }
}
