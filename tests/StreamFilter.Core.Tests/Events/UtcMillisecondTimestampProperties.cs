using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StreamFilter.Core.Events;

namespace StreamFilter.Core.Tests.Events;

/// <summary>
/// The direct conversion of <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> must accept only what the general parser
/// (<see cref="Utf8JsonReader.TryGetDateTimeOffset"/>) accepts, as the same instant and offset; what it
/// declines goes to the general parser, so it may decline anything. Generated values keep the shape
/// with fields at and past their ranges (month 13, day 31 of a 30-day month, hour 24, second 60, year 0),
/// or break the shape at one position.
/// </summary>
public class UtcMillisecondTimestampProperties
{
    private static readonly char[] Mutations = ['0', '5', '9', '/', ':', '-', 'T', 't', 'Z', 'z', '.', ',', ' ', '+', 'a', '٣'];

    [Property(MaxTest = 5000)]
    public Property What_it_accepts_the_general_parser_reads_as_the_same_instant() =>
        Prop.ForAll(Timestamps.ToArbitrary(), text =>
        {
            var accepted = UtcMillisecondTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var fast);
            var general = TryGeneral(text, out var expected);
            return (!accepted || (general && fast == expected && fast.Offset == expected.Offset))
                .Label($"{text}: fast {accepted} {fast:O}, general {general} {expected:O}");
        });

    [Property(MaxTest = 2000)]
    public Property Every_instant_written_in_the_common_form_is_read_directly() =>
        Prop.ForAll(Gen.Choose(0, 3_652_058).Zip(Gen.Choose(0, 86_399_999)).ToArbitrary(), instant =>
        {
            var time = DateTime.MinValue.AddDays(instant.Item1).AddMilliseconds(instant.Item2);
            var text = time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            return UtcMillisecondTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var fast)
                && TryGeneral(text, out var expected) && fast == expected && fast.Offset == expected.Offset;
        });

    [Theory]
    [InlineData("2026-06-01T09:00:00.123Z", true)]
    [InlineData("0001-01-01T00:00:00.000Z", true)]
    [InlineData("9999-12-31T23:59:59.999Z", true)]
    [InlineData("2024-02-29T00:00:00.000Z", true)]
    [InlineData("2023-02-29T00:00:00.000Z", false)]
    [InlineData("2026-06-01T09:00:00.123z", false)]
    [InlineData("2026-06-01T09:00:00.12Z", false)]
    [InlineData("2026-06-01T09:00:00Z", false)]
    [InlineData("2026-06-01T09:00:60.000Z", false)]
    [InlineData("2026-06-01T24:00:00.000Z", false)]
    [InlineData("0000-01-01T00:00:00.000Z", false)]
    public void Reads_the_common_form_and_declines_the_rest(string text, bool direct) =>
        Assert.Equal(direct, UtcMillisecondTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out _));

    private static Gen<string> Timestamps =>
        from year in Gen.Elements(0, 1, 2, 1970, 2024, 2026, 9999)
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 32)
        from hour in Gen.Elements(0, 9, 23, 24, 99)
        from minute in Gen.Elements(0, 59, 60)
        from second in Gen.Elements(0, 30, 59, 60, 61)
        from millisecond in Gen.Choose(0, 999)
        from mutate in Gen.Elements(false, false, true)
        from position in Gen.Choose(0, 23)
        from replacement in Gen.Elements(Mutations)
        select Mutate(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}:{second:D2}.{millisecond:D3}Z"),
            mutate, position, replacement);

    private static string Mutate(string text, bool mutate, int position, char replacement) =>
        mutate ? string.Concat(text.AsSpan(0, position), [replacement], text.AsSpan(position + 1)) : text;

    private static bool TryGeneral(string text, out DateTimeOffset value)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(text)));
        value = default;
        return reader.Read() && reader.TryGetDateTimeOffset(out value);
    }
}
