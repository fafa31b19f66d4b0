using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StreamFilter.Cli.Demo;

/// <summary>
/// Scripted, seeded employee activity for the demo: scenes a privacy reviewer would ask about (an SSN
/// typed into a form, a password field, AI prompts with identifiers, a tax site on screen, a private
/// chat, a consent pause, a corrupt record) between ordinary work. Every identifier is synthetic,
/// drawn from the seed; event times start now, so the stage's wall-clock idle flush leaves typing
/// sessions whole until the demo stops the stage.
/// </summary>
internal sealed class DemoActivity(int seed, DateTimeOffset start)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Users = ["u-anna", "u-ben", "u-chloe", "u-dev", "u-emma"];
    private static readonly string[] Work =
    [
        "bump the billing-service chart to 2.14.3 and redeploy staging after the migration",
        "can you review PR 1182? it adds a circuit breaker around the ledger client",
        "the p99 regressed from 41 ms to 58 ms after commit 9f3c2e1a",
        "meeting notes: ship the onboarding checklist on Thursday, Sam owns the rollout flag",
    ];

    private static readonly string[] Names = ["dana.kowalski", "sam.lee", "priya.n", "li.wei"];
    private static readonly string[] Domains = ["gmail.com", "outlook.com", "proton.me"];

    private readonly Random random = new(seed);
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly List<(string User, byte[] Value)> events = [];
    private int id;
    private int session;

    /// <summary>Exactly <paramref name="count"/> events (keyed by user, so a user's events stay in order).</summary>
    public List<(string User, byte[] Value)> Generate(int count)
    {
        events.Clear();
        while (events.Count < count)
        {
            var user = Users[random.Next(Users.Length)];
            switch (random.Next(10))
            {
                case 0: TypedSsn(user); break;
                case 1: PasswordField(user); break;
                case 2 or 3: Prompt(user); break;
                case 4: TaxSite(user); break;
                case 5: PrivateChat(user); break;
                case 6: Pause(user); break;
                case 7 when random.Next(4) == 0: Corrupt(user); break;
                default: Working(user); break;
            }
        }
        events.RemoveRange(count, events.Count - count);
        return events;
    }

    private void TypedSsn(string user)
    {
        var ssn = string.Create(CultureInfo.InvariantCulture, $"{random.Next(100, 666)}-{random.Next(10, 99)}-{random.Next(1000, 9999)}");
        Type(user, "Notes", "HR onboarding form", "text", "my ssn is " + ssn + "\n");
    }

    private void PasswordField(string user) =>
        Type(user, "Chrome", "Sign in - Payroll", "password", string.Create(CultureInfo.InvariantCulture, $"Winter{random.Next(10, 99)}!"));

    private void Prompt(string user)
    {
        var email = Names[random.Next(Names.Length)] + "@" + Domains[random.Next(Domains.Length)];
        var phone = string.Create(CultureInfo.InvariantCulture, $"(415) 555-{random.Next(1000, 9999)}");
        Text(user, "transcript", "ChatGPT", "New chat", "prompt", $"draft a friendly reminder to {email} about the Q3 invoice, they can call me at {phone}");
    }

    private void TaxSite(string user)
    {
        var ssn = string.Create(CultureInfo.InvariantCulture, $"{random.Next(100, 666)}-{random.Next(10, 99)}-{random.Next(1000, 9999)}");
        Write(user, "screen_ocr", w =>
        {
            w.WriteString("app", "Chrome");
            w.WriteString("url", "https://turbotax.intuit.com/return/personal-info");
            w.WriteString("window_title", "TurboTax - Personal info");
            w.WriteString("frame_id", "f-" + id.ToString(CultureInfo.InvariantCulture));
            w.WriteNumber("width", 1920);
            w.WriteNumber("height", 1080);
            w.WriteStartArray("blocks");
            Block(w, "Form 1040 U.S. Individual Income Tax Return", 60);
            Block(w, "Social Security number " + ssn, 140);
            Block(w, "Continue", 980);
            w.WriteEndArray();
        });
    }

    private void PrivateChat(string user) =>
        Text(user, "transcript", "Slack", "Direct message", "chat", "between us, my therapist says the new medication is why I have been so tired lately");

    /// <summary>A pause, an event inside it (dropped whatever it says), and the resume.</summary>
    private void Pause(string user)
    {
        Write(user, "consent", w =>
        {
            w.WriteString("action", "pause");
            w.WriteNumber("minutes", 10);
        });
        Text(user, "transcript", "Zoom", "Zoom - 1:1", "meeting", "personal call with my bank about the mortgage");
        Write(user, "consent", w => w.WriteString("action", "resume"));
    }

    private void Corrupt(string user) =>
        events.Add((user, System.Text.Encoding.UTF8.GetBytes("{\"type\":\"transcript\",\"event_id\":\"d-" + id++.ToString(CultureInfo.InvariantCulture) + "\",\"text\":")));

    private void Working(string user)
    {
        if (random.Next(2) == 0)
        {
            Text(user, "transcript", "VS Code", "Copilot Chat", "prompt", Work[random.Next(Work.Length)]);
            return;
        }
        Write(user, "mouse", w =>
        {
            w.WriteString("app", "Jira");
            w.WriteString("window_title", "Jira - Sprint board");
            w.WriteString("action", "click");
            w.WriteNumber("x", random.Next(1920));
            w.WriteNumber("y", random.Next(1080));
            w.WriteString("button", "left");
            w.WriteString("target", "Move to Done");
        });
    }

    private void Type(string user, string app, string window, string field, string text)
    {
        var sessionId = "s-" + (session++).ToString(CultureInfo.InvariantCulture);
        var seq = 0;
        foreach (var c in text)
        {
            var key = c switch { ' ' => "Space", '\n' => "Enter", _ => c.ToString() };
            var number = seq++;
            Write(user, "keystroke", w =>
            {
                w.WriteString("app", app);
                w.WriteString("window_title", window);
                w.WriteString("device_id", "laptop-" + user);
                w.WriteString("session_id", sessionId);
                w.WriteNumber("seq", number);
                w.WriteString("key", key);
                w.WriteString("field", field);
            });
        }
    }

    private void Text(string user, string type, string app, string window, string source, string text) =>
        Write(user, type, w =>
        {
            w.WriteString("app", app);
            w.WriteString("window_title", window);
            w.WriteString("source", source);
            w.WriteString("text", text);
        });

    private static void Block(Utf8JsonWriter w, string text, int y)
    {
        w.WriteStartObject();
        w.WriteString("text", text);
        w.WriteStartArray("bbox");
        w.WriteNumberValue(80);
        w.WriteNumberValue(y);
        w.WriteNumberValue(600);
        w.WriteNumberValue(28);
        w.WriteEndArray();
        w.WriteNumber("conf", 0.97);
        w.WriteEndObject();
    }

    private void Write(string user, string type, Action<Utf8JsonWriter> body)
    {
        buffer.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("event_id", "e-" + (id++).ToString(CultureInfo.InvariantCulture));
            w.WriteString("user_id", user);
            w.WriteString("ts", start.AddMilliseconds(id * 120).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            body(w);
            w.WriteEndObject();
        }
        events.Add((user, buffer.WrittenSpan.ToArray()));
    }
}
