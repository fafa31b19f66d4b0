using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection;

public class DateOfBirthDetectorTests
{
    [Theory]
    [InlineData("DOB 03/14/1985", "03/14/1985")]
    [InlineData("date of birth: 14.03.1985", "14.03.1985")]
    [InlineData("born 1985-03-14 in Ohio", "1985-03-14")]
    [InlineData("DOB 3/4/85", "3/4/85")]
    [InlineData("born March 14, 1985", "March 14, 1985")]
    [InlineData("birthday: 14 Mar 1985.", "14 Mar 1985")]
    [InlineData("d.o.b. Sept 4 1979", "Sept 4 1979")]
    [InlineData("She was born March 3, 1985 in Ohio.", "March 3, 1985")]
    [InlineData("born on 3rd March 1985", "3rd March 1985")]
    [InlineData("DOB: March 3rd, 1985", "March 3rd, 1985")]
    [InlineData("born on the 3rd of March, 1985", "3rd of March, 1985")]
    [InlineData("date of birth 21st of June 1990", "21st of June 1990")]
    [InlineData("born Jan 2nd,1979", "Jan 2nd,1979")]
    [InlineData("DOB \uFF10\uFF13/\uFF11\uFF14/\uFF11\uFF19\uFF18\uFF15", "\uFF10\uFF13/\uFF11\uFF14/\uFF11\uFF19\uFF18\uFF15")] // full-width
    [InlineData("born 1985\u201303\u201314", "1985\u201303\u201314")] // en dashes
    public void Finds_dates_next_to_context(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.DateOfBirth));

    [Theory]
    [InlineData("meeting on 03/14/1985")] // no context
    [InlineData("DOB 13/14/1985")] // neither order is a valid month/day
    [InlineData("DOB 03/14/1885")] // year out of range
    [InlineData("born 2024-06-01T10:00:00Z")] // timestamp
    [InlineData("born v1.2.3.4")] // version
    [InlineData("born 1.2.34")] // version with a two-digit last part
    [InlineData("DOB 03/14-1985")] // mixed separators
    [InlineData("born Mayday 14 1985")]
    [InlineData("released March 3rd, 1985")] // no birth context
    [InlineData("born 3rd March")] // no year
    [InlineData("born on the 3rdX of March 1985")]
    [InlineData("born 32nd of March 1985")] // no day 32
    public void Rejects_without_context_or_wrong_shape(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.DateOfBirth));
}
