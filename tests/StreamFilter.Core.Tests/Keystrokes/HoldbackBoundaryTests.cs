using StreamFilter.Core.Keystrokes;

namespace StreamFilter.Core.Tests.Keystrokes;

public class HoldbackBoundaryTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("hello", "hello")] // the word being typed may still become an email or a token
    [InlineData("hello wor", "wor")]
    [InlineData("hello world ", "world ")] // trailing space: the next word may still join
    [InlineData("my social is 536-22-", "is 536-22-")] // a digit token joins its neighbours
    [InlineData("pay 4111 1111 1111", "pay 4111 1111 1111")]
    [InlineData("pay 4111 1111 1111 thanks to", "4111 1111 1111 thanks to")] // numbers wait for context after them
    [InlineData("a@b.com then some more words here now", "now")]
    [InlineData("   ", "")]
    public void Holds_what_could_still_become_a_value(string text, string held)
    {
        Assert.Equal(held, text[HoldbackBoundary.HeldFrom(text)..]);
    }
}
