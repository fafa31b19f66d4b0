using System.Text;
using StreamFilter.Core.Events;

namespace StreamFilter.Core.Tests.Events;

public class EventFieldNamesTests
{
    [Fact]
    public void Every_contract_name_is_found_by_the_fast_lookup()
    {
        foreach (var (name, field) in EventFieldNames.Table)
        {
            Assert.Equal(field, EventFieldNames.Find(name));
            Assert.Equal(Encoding.UTF8.GetString(name), EventFieldNames.Of(field));
        }
    }

    [Theory]
    [InlineData("Type")]
    [InlineData("texts")]
    [InlineData("tz")]
    [InlineData("z")]
    [InlineData("")]
    [InlineData("widths")]
    [InlineData("fields")]
    [InlineData("bla")]
    [InlineData("session_ix")]
    public void Near_misses_are_unknown(string name)
    {
        Assert.Equal(EventField.None, EventFieldNames.Find(Encoding.UTF8.GetBytes(name)));
    }
}
