using System.Text.Json;

namespace StreamFilter.Core.Text;

/// <summary>
/// Pixel coordinates are almost always integers, and reading or writing them as doubles (shortest
/// round-trip formatting) was a tenth of the cost of a screen frame. Integers take the integer path;
/// anything else stays a double.
/// </summary>
internal static class JsonNumbers
{
    /// <summary>Largest magnitude at which every integer is exact in a double (2^53).</summary>
    private const double ExactIntegerLimit = 9007199254740992d;

    /// <summary>False for a non-number and for a number out of double range (1e400).</summary>
    public static bool TryRead(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return false;
        }
        if (reader.TryGetInt64(out var whole))
        {
            value = whole;
            return true;
        }
        return reader.TryGetDouble(out value) && double.IsFinite(value);
    }

    public static void Write(Utf8JsonWriter writer, double value)
    {
        if (Math.Abs(value) < ExactIntegerLimit && value == Math.Floor(value))
        {
            writer.WriteNumberValue((long)value);
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}
