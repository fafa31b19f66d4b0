using StreamFilter.Core.Detection;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Keystrokes;

public sealed class KeystrokeStageTests : IDisposable
{
    private readonly RecordingSink _sink = new();
    private readonly KeystrokeStage _stage = new(TestEngines.WithCards, new KeystrokeOptions());

    public void Dispose() => _stage.Dispose();

    [Fact]
    public void Ssn_typed_with_a_correction_is_masked_including_the_erased_digit()
    {
        var t = new Typist(_stage, _sink);
        t.Type("my ssn is 536-22-48");
        var wrong = t.Press("9");
        var backspace = t.Press("Backspace");
        t.Type("71 thanks");
        t.Press("Enter");
        _stage.Complete(_sink);

        Assert.Equal("my ssn is **********<Backspace>** thanks<Enter>", _sink.Forwarded(t.Session));
        Assert.Equal(KeyVerdict.Mask, _sink.For(wrong).Verdict);
        Assert.Equal(EntityType.UsSsn, _sink.For(wrong).EntityType);
        Assert.Equal(KeyVerdict.Forward, _sink.For(backspace).Verdict);
        AssertEachEventDecidedOnceInOrder(t);
        Assert.Equal(0, _stage.HeldKeyCount);
    }

    [Fact]
    public void Digit_erased_just_before_a_value_is_masked_with_it()
    {
        var t = new Typist(_stage, _sink);
        t.Type("hello 9");
        t.Press("Backspace");
        t.Type("536-22-4871 ok");
        t.Press("Enter");
        _stage.Complete(_sink);

        Assert.Equal("hello *<Backspace>*********** ok<Enter>", _sink.Forwarded(t.Session));
    }

    [Fact]
    public void Ssn_typed_in_full_then_partly_erased_stays_masked()
    {
        var t = new Typist(_stage, _sink);
        t.Type("536-22-4871");
        for (var i = 0; i < 4; i++)
        {
            t.Press("Backspace");
        }
        t.Type(" ok");
        t.Press("Enter");
        _stage.Complete(_sink);

        Assert.StartsWith("***********<Backspace><Backspace><Backspace><Backspace>", _sink.Forwarded(t.Session));
        AssertEachEventDecidedOnceInOrder(t);
    }

    [Fact]
    public void Card_typed_with_spaces_is_masked_and_surrounding_words_pass()
    {
        var t = new Typist(_stage, _sink);
        t.Type("card 4111 1111 1111 1111 expires soon");
        t.Press("Enter");
        _stage.Complete(_sink);

        var masked = _sink.Decisions.Where(d => d.Verdict == KeyVerdict.Mask).ToList();
        Assert.Equal(19, masked.Count); // 16 digits and the 3 spaces inside the number
        Assert.All(masked, d => Assert.Equal(EntityType.CreditCard, d.EntityType));
        Assert.Equal("card ******************* expires soon<Enter>", _sink.Forwarded(t.Session));
    }

    [Fact]
    public void Password_field_keys_are_always_dropped_and_the_next_field_starts_fresh()
    {
        var t = new Typist(_stage, _sink) { Field = "password" };
        var first = t.Press("h");
        t.Type("unter2");
        t.Field = "text";
        t.Type("hello there");
        t.Press("Enter");

        Assert.Equal(KeyVerdict.Drop, _sink.For(first).Verdict);
        Assert.Equal(KeystrokeReasons.PasswordField, _sink.For(first).Reason);
        Assert.Equal(7, _sink.Decisions.Count(d => d.Reason == KeystrokeReasons.PasswordField));
        Assert.Equal("hello there<Enter>", _sink.Forwarded(t.Session));
        AssertEachEventDecidedOnceInOrder(t);
    }

    [Fact]
    public void Held_digits_are_released_by_an_idle_flush_in_event_time()
    {
        var t = new Typist(_stage, _sink);
        t.Type("go to room 4");
        var lastKey = t.Now - t.KeyInterval;
        // "room 4" could still grow into "room 4111 1111 ..." or gain a context word: held.
        Assert.Equal("go to ", _sink.Forwarded(t.Session));
        Assert.Equal(6, _stage.HeldKeyCount);

        _stage.Advance(lastKey + TimeSpan.FromMilliseconds(1999), _sink);
        Assert.Equal(6, _stage.HeldKeyCount);

        _stage.Advance(lastKey + TimeSpan.FromSeconds(2), _sink);
        Assert.Equal(0, _stage.HeldKeyCount);
        Assert.Equal("go to room 4", _sink.Forwarded(t.Session));
    }

    [Fact]
    public void A_pause_after_a_word_flushes_it_before_the_next_key_is_accepted()
    {
        var t = new Typist(_stage, _sink);
        t.Type("see you t");
        t.Now += TimeSpan.FromSeconds(5);
        var after = t.Press("o");

        Assert.Equal("see you t", _sink.Forwarded(t.Session));
        Assert.DoesNotContain(_sink.Decisions, d => d.Event.EventId == after);
    }

    [Fact]
    public void A_pause_inside_a_number_keeps_it_held_until_the_words_after_it_decide()
    {
        var t = new Typist(_stage, _sink);
        t.Type("order 12");
        t.Now += TimeSpan.FromSeconds(5);
        _stage.Advance(t.Now, _sink);
        Assert.Equal("", _sink.Forwarded(t.Session)); // "order 12" could still become a value ("order 1234 5678 ...")

        t.Type("3 shipped today, thanks a lot");
        Assert.StartsWith("order 123 shipped", _sink.Forwarded(t.Session));
        Assert.DoesNotContain(_sink.Decisions, d => d.Verdict != KeyVerdict.Forward);
    }

    [Fact]
    public void Bare_number_followed_by_a_context_word_is_masked()
    {
        var t = new Typist(_stage, _sink);
        t.Type("536224871 is my ssn ok");
        t.Press("Enter");
        _stage.Complete(_sink);

        Assert.Equal("********* is my ssn ok<Enter>", _sink.Forwarded(t.Session));
    }

    [Fact]
    public void Letters_after_a_space_release_the_previous_words_at_once()
    {
        var t = new Typist(_stage, _sink);
        t.Type("please send the report t");

        Assert.Equal("please send the report ", _sink.Forwarded(t.Session));
        Assert.Equal(1, _stage.HeldKeyCount);
    }

    [Fact]
    public void Drop_sensitive_keys_option_drops_instead_of_masking()
    {
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions { DropSensitiveKeys = true });
        var t = new Typist(stage, _sink);
        t.Type("ssn 536-22-4871");
        t.Press("Enter");
        stage.Complete(_sink);

        Assert.Equal(11, _sink.Decisions.Count(d => d.Verdict == KeyVerdict.Drop && d.Reason == KeystrokeReasons.SensitiveValue));
        Assert.Equal("ssn <Enter>", _sink.Forwarded(t.Session));
    }

    [Fact]
    public void A_title_change_while_typing_does_not_split_the_value()
    {
        var t = new Typist(_stage, _sink);
        t.Type("536-22-48");
        t.Title = "(1) Inbox - new message";
        t.Type("71");
        t.Press("Enter");
        _stage.Complete(_sink);

        Assert.Equal("***********<Enter>", _sink.Forwarded(t.Session));
        AssertEachEventDecidedOnceInOrder(t);
    }

    [Fact]
    public void Cursor_moves_rebuild_the_text_where_the_user_sees_it()
    {
        var t = new Typist(_stage, _sink);
        t.Type("536-22-871");
        for (var i = 0; i < 3; i++)
        {
            t.Press("ArrowLeft");
        }
        t.Press("4");
        t.Press("End");
        t.Type(" sent");
        t.Press("Enter");
        _stage.Complete(_sink);

        Assert.Equal(11, _sink.Decisions.Count(d => d.Verdict == KeyVerdict.Mask && d.EntityType == EntityType.UsSsn));
    }

    [Fact]
    public void A_shortcut_keeps_a_partial_value_held_and_it_is_masked_if_never_completed()
    {
        var t = new Typist(_stage, _sink);
        t.Type("ssn 536-22-");
        var paste = t.Press("v", shortcut: true);

        // The text can no longer be rebuilt past the paste, but "536-22-" is the start of an SSN.
        Assert.DoesNotContain(_sink.Decisions, d => d.Event.EventId == paste);
        _stage.Complete(_sink);
        Assert.Equal("ssn *******v", _sink.Forwarded(t.Session));
        Assert.Equal(KeystrokeReasons.PartialValue, _sink.Decisions[4].Reason);
        Assert.Equal(0, _stage.HeldKeyCount);
        AssertEachEventDecidedOnceInOrder(t);
    }

    [Theory]
    [InlineData(new[] { "Control" }, true)]
    [InlineData(new[] { "Shift", "alt" }, true)]
    [InlineData(new[] { "Meta" }, true)]
    [InlineData(new[] { "Shift" }, false)]
    [InlineData(new string[0], false)]
    public void Ctrl_alt_and_meta_make_a_shortcut_shift_does_not(string[] modifiers, bool shortcut)
    {
        Assert.Equal(shortcut, KeyModifiers.IsShortcut(modifiers));
    }

    [Fact]
    public void Event_times_at_the_end_of_the_calendar_do_not_overflow()
    {
        var t = new Typist(_stage, _sink) { Now = DateTimeOffset.MaxValue - TimeSpan.FromSeconds(1) };
        t.Type("ab 12");
        _stage.Advance(DateTimeOffset.MaxValue, _sink);

        Assert.Equal("ab **", _sink.Forwarded(t.Session)); // at the end of time a partial number is masked
    }

    [Fact]
    public void Too_many_held_keys_are_masked_not_forwarded_raw()
    {
        using var stage = new KeystrokeStage(TestEngines.WithCards, new KeystrokeOptions { MaxKeysPerSession = 16 });
        var t = new Typist(stage, _sink);
        t.Type(new string('7', 40));

        Assert.True(stage.HeldKeyCount <= 16);
        Assert.NotEmpty(_sink.Decisions);
        Assert.All(_sink.Decisions, d => Assert.Equal(KeyVerdict.Mask, d.Verdict));
        Assert.Contains(_sink.Decisions, d => d.Reason == KeystrokeReasons.HoldbackLimit);
    }

    [Theory]
    [InlineData("Return")]
    [InlineData("Enter")]
    public void Return_ends_a_line_like_enter(string key)
    {
        var t = new Typist(_stage, _sink) { App = "Terminal" };
        t.Type("su");
        t.Press(key);
        var secret = t.Press("x");

        _stage.Complete(_sink);
        Assert.Equal(KeyVerdict.Drop, _sink.For(secret).Verdict);
    }

    [Theory]
    [InlineData("Insert")]
    [InlineData("F5")]
    [InlineData("CapsLock")]
    [InlineData("NumLock")]
    [InlineData("ContextMenu")]
    [InlineData("Shift")]
    public void Keys_that_neither_edit_nor_move_leave_the_value_whole(string key)
    {
        var t = new Typist(_stage, _sink);
        t.Type("536-22-");
        t.Press(key);
        t.Type("4871 ok");
        _stage.Complete(_sink);

        Assert.Equal($"*******<{key}>**** ok", _sink.Forwarded(t.Session));
    }

    [Fact]
    public void Backspace_at_the_start_of_a_field_does_not_reach_into_the_previous_one()
    {
        var t = new Typist(_stage, _sink);
        t.Type("4111");
        t.Press("Tab");
        t.Press("Backspace");
        t.Type("1111 1111 1111");
        _stage.Complete(_sink);

        // The four digits before the Tab are still part of the card: nothing was erased.
        Assert.Equal("****<Tab><Backspace>**************", _sink.Forwarded(t.Session));
    }

    private void AssertEachEventDecidedOnceInOrder(Typist t)
    {
        var decided = _sink.Decisions.Where(d => d.Event.Session == t.Session).Select(d => d.Event.EventId).ToList();
        Assert.Equal(t.EventIds, decided);
    }
}
