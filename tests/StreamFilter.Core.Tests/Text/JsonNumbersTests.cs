using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using StreamFilter.Core.Text;

namespace StreamFilter.Core.Tests.Text;

public class JsonNumbersTests
{
    private static string Written(double value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            JsonNumbers.Write(writer, value);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData(0.97, "0.97")]
    [InlineData(1920, "1920")]
    [InlineData(-3.5, "-3.5")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(170.5, "170.5")]
    public void Common_values_are_written_compactly(double value, string expected) => Assert.Equal(expected, Written(value));

    [Property(MaxTest = 2000)]
    public bool Any_finite_double_reads_back_exactly(double value) =>
        !double.IsFinite(value) || JsonDocument.Parse(Written(value)).RootElement.GetDouble() == value;

    [Property(MaxTest = 2000)]
    public bool Short_decimals_read_back_exactly(int whole, ushort fraction)
    {
        var value = whole + (fraction % 10_000) / 10_000.0;
        return JsonDocument.Parse(Written(value)).RootElement.GetDouble() == value;
    }
}
