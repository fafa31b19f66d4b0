namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>
/// Spain's DNI, NIE and personal NIF: a number and a control letter, the number's remainder mod 23
/// indexed into a fixed sequence. An NIE's leading X, Y or Z stands for 0, 1 or 2; a K, L or M NIF
/// checks the seven digits after the letter.
/// </summary>
public static class SpanishId
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>
    /// True for a DNI (7 or 8 digits and the letter), an NIE (X/Y/Z, 7 digits, letter) or a K/L/M NIF,
    /// written without separators; letters in either case.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> compact)
    {
        if (compact.Length is < 8 or > 9 || !char.IsAsciiLetter(compact[^1]))
        {
            return false;
        }
        var body = compact[..^1];
        long prefix = 0;
        if (char.IsAsciiLetter(body[0]))
        {
            var first = char.ToUpperInvariant(body[0]);
            var nie = NiePrefixValue(first);
            if (body.Length != 8 || (nie < 0 && first is not ('K' or 'L' or 'M')))
            {
                return false;
            }
            prefix = nie < 0 ? 0 : nie * 10_000_000L;
            body = body[1..];
        }
        return !body.ContainsAnyExceptInRange('0', '9') && IsControlLetter(prefix + ValueOf(body), compact[^1]);
    }

    /// <summary>True when <paramref name="control"/> (either case) is the letter of <paramref name="number"/>.</summary>
    private static bool IsControlLetter(long number, char control) => Letters[(int)(number % 23)] == char.ToUpperInvariant(control);

    /// <summary>The value of an NIE's first letter (X 0, Y 1, Z 2), or -1.</summary>
    private static int NiePrefixValue(char c) => char.ToUpperInvariant(c) switch
    {
        'X' => 0,
        'Y' => 1,
        'Z' => 2,
        _ => -1,
    };

    /// <summary>Digits as a number (at most 18 of them).</summary>
    private static long ValueOf(ReadOnlySpan<char> digits)
    {
        long n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }
        return n;
    }
}
