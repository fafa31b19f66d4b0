using StreamFilter.Core.Detection;
using StreamFilter.Core.Keystrokes;
using StreamFilter.Core.Rules;

namespace StreamFilter.Core.Tests.Keystrokes;

/// <summary>
/// Each way a typed value used to get out, replayed as a person types it: 60-250 ms between keys
/// (seeded), pauses of seconds while the host advances the stage on its clock, then the end of input.
/// Every key of the value must come out masked or dropped; the words around it stay as typed.
/// </summary>
public sealed class KeystrokeLeakReplayTests : IDisposable
{
    private readonly RecordingSink _sink = new();
    private readonly KeystrokeStage _stage = new(TestEngines.WithCards, new KeystrokeOptions());

    public void Dispose() => _stage.Dispose();

    private Typist Person(int seed = 7) => new(_stage, _sink) { Jitter = new Random(seed) };

    [Theory]
    [InlineData("536-22-", "4871")]
    [InlineData("536-2", "2-4871")]
    [InlineData("5362", "24871")]
    public void A_long_pause_inside_an_ssn_does_not_release_its_first_digits(string first, string rest)
    {
        var t = Person();
        t.Type("my ssn is ");
        var value = t.Type(first);
        t.Pause(TimeSpan.FromSeconds(6));
        value.AddRange(t.Type(rest));
        t.Type(" thanks");
        t.Press("Enter");
        t.Pause(TimeSpan.FromSeconds(3));
        _stage.Complete(_sink);

        AssertHidden(value);
        Assert.StartsWith("my ssn is ", _sink.Forwarded(t.Session));
        AssertEachKeyDecidedOnceInOrder(t);
    }

    [Fact]
    public void Context_typed_after_a_pause_still_decides_the_bare_number_before_it()
    {
        var t = Person();
        var value = t.Type("536224871");
        t.Pause(TimeSpan.FromSeconds(3));
        t.Type(" is my social");
        t.Press("Enter");
        t.Pause(TimeSpan.FromSeconds(1));
        _stage.Complete(_sink);

        AssertHidden(value);
        Assert.All(value, id => Assert.Equal(EntityType.UsSsn, _sink.For(id).EntityType));
        Assert.EndsWith(" is my social<Enter>", _sink.Forwarded(t.Session));
    }

    [Fact]
    public void Context_on_the_next_line_still_decides_the_bare_number()
    {
        var t = Person();
        var value = t.Type("536224871");
        t.Press("Enter");
        t.Pause(TimeSpan.FromSeconds(4));
        t.Type("that's my social");
        t.Press("Enter");
        _stage.Complete(_sink);

        AssertHidden(value);
    }

    [Theory]
    [InlineData("tel")]
    [InlineData("text")]
    public void A_card_typed_in_four_boxes_separated_by_tab_is_judged_whole(string field)
    {
        var t = Person();
        t.Field = field;
        var value = new List<string>();
        foreach (var group in new[] { "4111", "1111", "1111", "1111" })
        {
            value.AddRange(t.Type(group));
            t.Press("Tab");
            t.Pause(TimeSpan.FromSeconds(2.5)); // reading the next group off the card
        }
        t.Field = "cc-exp";
        t.Type("12/28");
        _stage.Complete(_sink);

        AssertHidden(value);
        Assert.All(value, id => Assert.Equal(EntityType.CreditCard, _sink.For(id).EntityType));
        AssertEachKeyDecidedOnceInOrder(t);
    }

    [Fact]
    public void An_ssn_typed_in_three_boxes_is_judged_whole()
    {
        var t = Person();
        var value = t.Type("536");
        t.Press("Tab");
        value.AddRange(t.Type("22"));
        t.Press("Tab");
        value.AddRange(t.Type("4871"));
        t.Press("Tab");
        t.Field = "email";
        t.Type("jo");
        _stage.Complete(_sink);

        AssertHidden(value);
    }

    [Fact]
    public void A_real_window_title_change_does_not_split_the_value()
    {
        var t = Person();
        t.Title = "Slack | #payroll";
        t.Type("ssn is ");
        var value = t.Type("536-22-4");
        t.Title = "Slack | #payroll (1 new)";
        value.AddRange(t.Type("871"));
        t.Type(" ok");
        t.Press("Enter");
        _stage.Complete(_sink);

        AssertHidden(value);
    }

    [Fact]
    public void An_app_change_in_the_middle_keeps_the_tail_with_what_follows()
    {
        var t = Person();
        var value = t.Type("536-22-48");
        t.App = "Notes";
        value.AddRange(t.Type("71"));
        t.Press("Enter");
        t.Pause(TimeSpan.FromSeconds(3));
        _stage.Complete(_sink);

        AssertHidden(value);
    }

    [Fact]
    public void An_editors_modified_marker_is_not_a_focus_change()
    {
        var t = Person();
        t.App = "Code";
        t.Title = "notes.txt - Visual Studio Code";
        var value = t.Type("536-2");
        t.Title = "● notes.txt - Visual Studio Code";
        value.AddRange(t.Type("2-4871"));
        t.Press("Enter");
        _stage.Complete(_sink);

        AssertHidden(value);
    }

    [Fact]
    public void A_password_typed_in_a_chat_with_shift_held_for_capitals_is_masked()
    {
        var t = Person();
        t.App = "Slack";
        t.Type("here you go ");
        t.Shift = true;
        t.Press("p");
        t.Shift = false;
        t.Type("w=");
        var secret = new List<string>();
        foreach (var c in "hunTer2!x")
        {
            t.Shift = char.IsUpper(c);
            secret.Add(t.Press(char.IsUpper(c) ? char.ToLowerInvariant(c).ToString() : c.ToString()));
        }
        t.Shift = false;
        t.Press("Enter");
        t.Pause(TimeSpan.FromSeconds(3));
        _stage.Complete(_sink);

        AssertHidden(secret);
        Assert.StartsWith("here you go pw=", _sink.Forwarded(t.Session));
    }

    [Theory]
    [InlineData("my password: ")]
    [InlineData("Password : ")]
    [InlineData("wifi password is ")]
    [InlineData("DB_PASSWORD=")]
    [InlineData("pin: ")]
    public void What_follows_a_password_label_in_a_text_field_is_masked(string label)
    {
        var t = Person();
        t.Type(label);
        t.Pause(TimeSpan.FromSeconds(3)); // looking it up
        var secret = t.Type("correct horse");
        t.Press("Enter");
        t.Type("see you later");
        t.Press("Enter");
        _stage.Complete(_sink);

        AssertHidden(secret);
        Assert.All(secret, id => Assert.Equal(EntityType.Password, _sink.For(id).EntityType));
        Assert.EndsWith("<Enter>see you later<Enter>", _sink.Forwarded(t.Session));
    }

    [Fact]
    public void A_password_label_followed_by_tab_makes_the_next_field_secret()
    {
        var t = Person();
        t.Type("Password:");
        t.Press("Tab");
        var secret = t.Type("Tr0ub4dor");
        t.Press("Tab");
        t.Type("see you at the meeting tomorrow ");
        var after = t.Type("morning");
        _stage.Complete(_sink);

        AssertHidden(secret);
        // The label's secret ends with its field (detectors may still claim the word right after it).
        Assert.All(after, id => Assert.Equal(KeyVerdict.Forward, _sink.For(id).Verdict));
    }

    [Theory]
    [InlineData("sudo apt install nginx", 1)]
    [InlineData("su -", 1)]
    [InlineData("ssh deploy@10.0.0.5", 1)]
    [InlineData("mysql -u root -p", 1)]
    [InlineData("psql -h db -U app", 1)]
    [InlineData("passwd", 3)]
    [InlineData("docker login registry.example.com", 2)]
    [InlineData("gpg --decrypt notes.gpg", 2)]
    [InlineData("sudo -u postgres psql", 2)]
    public void In_a_terminal_the_lines_after_a_secret_prompt_are_dropped(string command, int secretLines)
    {
        var t = Person();
        t.App = "gnome-terminal";
        t.Title = "dev@laptop: ~";
        t.Type(command);
        t.Press("Enter");
        var secrets = new List<string>();
        for (var i = 0; i < secretLines; i++)
        {
            t.Pause(TimeSpan.FromSeconds(1));
            secrets.AddRange(t.Type($"S3cret-{i}"));
            t.Press("Enter");
        }
        var next = t.Type("ls");
        t.Press("Enter");
        _stage.Complete(_sink);

        Assert.All(secrets, id => Assert.Equal((KeyVerdict.Drop, KeystrokeReasons.PasswordField), (_sink.For(id).Verdict, _sink.For(id).Reason)));
        Assert.All(next, id => Assert.Equal(KeyVerdict.Forward, _sink.For(id).Verdict));
        Assert.StartsWith(command, _sink.Forwarded(t.Session));
    }

    [Theory]
    [InlineData("mysql -u root -pS3cret", 0)] // the password is on the line: the detectors judge it, no prompt follows
    [InlineData("docker login --password-stdin", 0)]
    [InlineData("ls -la", 0)]
    [InlineData("echo sudo", 0)]
    [InlineData("FOO=1 sudo make install", 1)]
    [InlineData("/usr/bin/ssh host", 1)]
    [InlineData("docker login -u me", 1)]
    public void Secret_prompts_are_read_from_the_command(string line, int lines)
    {
        Assert.Equal(lines, SecretPrompt.LinesAfter(line));
    }

    [Fact]
    public void The_same_command_in_a_chat_does_not_make_the_next_line_secret()
    {
        var t = Person();
        t.App = "Slack";
        t.Type("try sudo apt update");
        t.Press("Enter");
        var next = t.Type("then reboot");
        t.Press("Enter");
        _stage.Complete(_sink);

        Assert.All(next, id => Assert.Equal(KeyVerdict.Forward, _sink.For(id).Verdict));
    }

    [Theory]
    [InlineData("password")]
    [InlineData("current-password")]
    [InlineData("new-password")]
    [InlineData("one-time-code")]
    [InlineData("pin")]
    [InlineData("cc-number")]
    [InlineData("cc-csc")]
    [InlineData("cc-exp")]
    [InlineData("section-pay billing cc-number")]
    [InlineData("CC-Name")]
    public void Every_credential_and_card_field_kind_is_handled_like_password(string field)
    {
        var t = Person();
        t.Field = field;
        var secret = t.Type("Zq9 xw");
        t.Field = "text";
        var after = t.Type("hello");
        _stage.Complete(_sink);

        Assert.All(secret, id => Assert.Equal((KeyVerdict.Drop, KeystrokeReasons.PasswordField), (_sink.For(id).Verdict, _sink.For(id).Reason)));
        Assert.All(after, id => Assert.Equal(KeyVerdict.Forward, _sink.For(id).Verdict));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("search")]
    [InlineData("email")]
    [InlineData("tel")]
    [InlineData(null)]
    public void Ordinary_field_kinds_are_rebuilt_and_judged(string? field)
    {
        var t = Person();
        t.Field = field!;
        var words = t.Type("hello there");
        _stage.Complete(_sink);

        Assert.All(words, id => Assert.Equal(KeyVerdict.Forward, _sink.For(id).Verdict));
    }

    [Fact]
    public void A_partial_value_never_completed_is_masked_at_the_end_of_input()
    {
        var t = Person();
        t.Type("ssn ");
        var value = t.Type("536-22-48");
        _stage.Complete(_sink);

        AssertHidden(value);
        Assert.All(value, id => Assert.Equal(KeystrokeReasons.PartialValue, _sink.For(id).Reason));
        Assert.Equal("ssn ", _sink.Forwarded(t.Session)[..4]);
    }

    [Fact]
    public void A_partial_value_is_masked_once_the_holdback_bound_passes()
    {
        var t = Person();
        t.Type("card ");
        var value = t.Type("4111");
        t.Press("Space"); // the space between groups says nothing and passes
        value.AddRange(t.Type("1111"));
        t.Pause(TimeSpan.FromSeconds(26)); // the bound counts from the oldest held key ("card" joins the number)
        Assert.All(value, id => Assert.DoesNotContain(_sink.Decisions, d => d.Event.EventId == id));

        t.Pause(TimeSpan.FromSeconds(6));
        AssertHidden(value);
        Assert.All(value, id => Assert.Equal(KeystrokeReasons.PartialValue, _sink.For(id).Reason));
        Assert.Equal(0, _stage.HeldKeyCount);
    }

    [Theory]
    [InlineData("see you at 4")]
    [InlineData("order 5362")]
    [InlineData("the report is ready")]
    public void Ordinary_text_ending_a_line_is_released_by_the_idle_flush(string text)
    {
        var t = Person();
        var typed = t.Type(text);
        t.Press("Enter");
        t.Pause(TimeSpan.FromSeconds(3));

        Assert.All(typed, id => Assert.Equal(KeyVerdict.Forward, _sink.For(id).Verdict));
    }

    [Fact]
    public void An_email_paused_after_its_at_sign_is_not_released_in_part()
    {
        var t = Person();
        t.Type("mail ");
        var value = t.Type("jane.doe@exa");
        t.Pause(TimeSpan.FromSeconds(5));
        value.AddRange(t.Type("mple.com"));
        t.Press("Enter");
        _stage.Complete(_sink);

        AssertHidden(value);
    }

    private void AssertHidden(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            Assert.NotEqual(KeyVerdict.Forward, _sink.For(id).Verdict);
        }
    }

    private void AssertEachKeyDecidedOnceInOrder(Typist t) =>
        Assert.Equal(t.EventIds, _sink.Decisions.Where(d => d.Event.Session == t.Session).Select(d => d.Event.EventId));
}
