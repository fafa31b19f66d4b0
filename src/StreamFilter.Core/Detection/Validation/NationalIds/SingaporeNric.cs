namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Singapore's NRIC and FIN: S or T (citizens and residents) or F or G (foreigners), seven digits and a
/// check letter from weights 2,7,6,5,4,3,2 (plus 4 for T and G) mod 11. The newer M series uses a
/// table we have no verified source for, so it is not validated here.
/// </summary>
public static class SingaporeNric
{
    private static readonly int[] Weights = [2, 7, 6, 5, 4, 3, 2];

    /// <summary><paramref name="id"/>: nine characters, upper case.</summary>
    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.Length != 9)
        {
            return false;
        }
        var table = id[0] switch
        {
            'S' or 'T' => "JZIHGFEDCBA",
            'F' or 'G' => "XWUTRQPNMLK",
            _ => null,
        };
        if (table is null)
        {
            return false;
        }
        var sum = id[0] is 'T' or 'G' ? 4 : 0;
        for (var i = 0; i < 7; i++)
        {
            var d = id[i + 1] - '0';
            if ((uint)d > 9)
            {
                return false;
            }
            sum += d * Weights[i];
        }
        return id[8] == table[sum % 11];
    }
}
