namespace StreamFilter.Core.Detection.Validation.NationalIds;

/// <summary>UK NHS number: ten digits, the last a mod-11 check over the first nine with weights 10 down to 2.</summary>
public static class UkNhsNumber
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }
        var check = 11 - (sum % 11);
        // 11 is written 0; 10 means the nine-digit stem is never issued.
        return check != 10 && (check == 11 ? 0 : check) == digits[9] - '0';
    }
}
