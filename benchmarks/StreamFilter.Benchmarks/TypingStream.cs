using StreamFilter.Core.Keystrokes;

namespace StreamFilter.Benchmarks;

/// <summary>
/// A seeded, realistic keystroke stream: many people typing at once (interleaved by event time),
/// 60-250 ms between keys, occasional typos fixed with Backspace, pauses between sentences (some
/// long enough for an idle flush), Enter at sentence ends, and identifiers in about one sentence in six.
/// </summary>
internal static class TypingStream
{
    private static readonly string[] Ordinary =
    [
        "can you review the pull request before lunch",
        "the build failed again on the integration tests",
        "moving the standup to ten tomorrow",
        "updated the roadmap with the q3 milestones",
        "looks good to me, merging now",
        "please add the release notes for version 4.2",
        "deploy is scheduled for 3 pm today",
        "ticket 48213 is blocked on the api change",
        "I will send the slides after the meeting",
        "the dashboard shows 120 requests per second",
    ];

    private static readonly string[] Sensitive =
    [
        "my ssn is 536-22-4871 for the form",
        "social security 536224871 thanks",
        "reach me at jane.doe@example.com tonight",
        "card 4111 1111 1111 1111 exp 12/28",
    ];

    public static KeystrokeEvent[] Generate(int seed, int sessions, int events)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var clocks = new DateTimeOffset[sessions];
        var texts = new string[sessions];
        var positions = new int[sessions];
        var seqs = new long[sessions];
        for (var s = 0; s < sessions; s++)
        {
            clocks[s] = start.AddMilliseconds(random.Next(0, 1000));
            texts[s] = NextSentence(random);
        }
        var result = new KeystrokeEvent[events];
        for (var n = 0; n < events; n++)
        {
            var s = Earliest(clocks);
            string key;
            if (positions[s] == texts[s].Length)
            {
                key = "Enter";
                texts[s] = NextSentence(random);
                positions[s] = 0;
            }
            else if (random.Next(40) == 0 && positions[s] > 0 && texts[s][positions[s] - 1] != '\b')
            {
                // A typo: a wrong letter now, Backspace as the next key.
                key = ((char)('a' + random.Next(26))).ToString();
                texts[s] = texts[s].Insert(positions[s], key + "\b");
                positions[s]++;
            }
            else
            {
                var c = texts[s][positions[s]++];
                key = c switch { ' ' => "Space", '\b' => "Backspace", _ => c.ToString() };
            }
            result[n] = new KeystrokeEvent
            {
                EventId = $"k{n}",
                UserId = $"u{s}",
                Session = new SessionKey($"d{s % 97}", $"s{s}"),
                Seq = seqs[s]++,
                Timestamp = clocks[s],
                Key = key,
                Field = "text",
                App = "Slack",
                WindowTitle = "general",
            };
            clocks[s] = clocks[s].AddMilliseconds(key == "Enter" ? random.Next(500, 4000) : random.Next(60, 250));
        }
        return result;
    }

    private static string NextSentence(Random random) =>
        random.Next(6) == 0 ? Sensitive[random.Next(Sensitive.Length)] : Ordinary[random.Next(Ordinary.Length)];

    private static int Earliest(DateTimeOffset[] clocks)
    {
        var best = 0;
        for (var i = 1; i < clocks.Length; i++)
        {
            if (clocks[i] < clocks[best])
            {
                best = i;
            }
        }
        return best;
    }
}
