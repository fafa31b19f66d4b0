using System.Text;
using StreamFilter.Core.Events;

namespace StreamFilter.Core.Tests.Events;

public class StringCacheTests
{
    [Fact]
    public void Repeated_values_share_one_instance_and_keep_their_text()
    {
        var cache = new StringCache();

        var first = cache.Get("Grüße laptop-7"u8);
        var second = cache.Get(Encoding.UTF8.GetBytes("Grüße laptop-7"));

        Assert.Equal("Grüße laptop-7", first);
        Assert.Same(first, second);
        Assert.NotSame(first, cache.Get("laptop-8"u8));
    }

    [Fact]
    public void Values_kept_before_the_table_grows_are_found_after_it()
    {
        var cache = new StringCache();
        var kept = Enumerable.Range(0, 2000).Select(i => cache.Get(Encoding.UTF8.GetBytes($"device-{i}-of-many"))).ToArray();

        Assert.Equal(2000, cache.Count);
        for (var i = 0; i < kept.Length; i++)
        {
            Assert.Same(kept[i], cache.Get(Encoding.UTF8.GetBytes($"device-{i}-of-many")));
        }
        Assert.Equal(2000, cache.Count);
    }

    [Fact]
    public void Long_values_are_not_kept_and_the_cache_stays_bounded()
    {
        var cache = new StringCache();
        var longValue = new string('a', StringCache.MaxValueBytes + 1);

        Assert.Equal(longValue, cache.Get(Encoding.UTF8.GetBytes(longValue)));
        Assert.Equal(0, cache.Count);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal($"v{i}", cache.Get(Encoding.UTF8.GetBytes($"v{i}")));
        }
        Assert.InRange(cache.Count, 1, 4096);
    }
}
