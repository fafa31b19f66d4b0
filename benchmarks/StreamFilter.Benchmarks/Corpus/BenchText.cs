using System.Text;

namespace StreamFilter.Benchmarks.Corpus;

/// <summary>
/// Seeded text for detector benchmarks. "Mixed" is ordinary work text (chat, prompts, code, logs with
/// their own look-alikes: versions, timestamps, UUIDs, order numbers) with an identifier in roughly one
/// event of twenty; "dense" puts identifiers in every sentence. Same seed, same bytes, every run.
/// </summary>
public static class BenchText
{
    private static readonly string[] Work =
    [
        "Can you review the PR for the billing service before standup? The retry logic looks off.",
        "Build 4821 failed on step lint: src/api/orders.ts(118,7): error TS2322 type mismatch.",
        "2026-06-01T09:14:03.512Z INFO  worker-3 processed batch 88123 in 412 ms (v2.14.3)",
        "Let's move the roadmap sync to Thursday, Priya has a conflict with the design review.",
        "kubectl rollout status deploy/checkout -n prod --timeout=120s",
        "request_id=7f9c2a1e-4b3d-4e8f-9a6b-1c2d3e4f5a6b status=200 latency_ms=38 path=/v1/cart",
        "Order #1200345 shipped via UPS, ETA 3 business days; invoice INV-2026-00417 attached.",
        "Refactor: extract the pagination helper so both list endpoints share it, then add tests.",
        "The dashboard shows p99 at 1.8s since release 3.4.0; rollback to 3.3.9 fixed it.",
        "SELECT id, created_at FROM events WHERE tenant_id = 42 ORDER BY created_at DESC LIMIT 100;",
        "Summarise this design doc in five bullet points and list the open questions at the end.",
        "Meeting notes: Q3 planning, hiring two backend engineers, migrate CI to the new runners.",
        "def retry(fn, attempts=3):\n    for i in range(attempts):\n        try: return fn()\n        except Exception: sleep(2 ** i)",
        "Version bump 1.2.3.4 -> 1.2.4.0 in the manifest, plus changelog entry for the fix.",
        "git commit -m \"fix flaky test in scheduler\" && git push origin feature/scheduler-fix",
    ];

    private static readonly string[] Sensitive =
    [
        "my social is 536-22-4871, can you fill in the W-4 for me?",
        "card 4111 1111 1111 1111 exp 09/28 please charge the deposit",
        "email jane.doe@example.org or call (415) 555-2671 after 5pm",
        "wire to IBAN DE89 3704 0044 0532 0130 00 before Friday",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE in the old config",
        "patient NPI 1245319599, DOB 03/14/1985, dx code E11.9",
        "token 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 leaked in the log",
        "routing number 121000358 account 12345678901 for payroll",
    ];

    /// <summary>Events of mixed work text; about 1 in 20 carries an identifier.</summary>
    public static string[] Mixed(int count, int seed = 42) => Build(count, seed, sensitiveEvery: 20);

    /// <summary>Events in which every one carries identifiers.</summary>
    public static string[] Dense(int count, int seed = 42) => Build(count, seed, sensitiveEvery: 1);

    /// <summary>
    /// Short events, one sentence each (about 80 bytes, like the peers' corpus and rebuilt keystroke
    /// text): every other one carries an identifier. Here the engine's cost per scan, not per byte, decides.
    /// </summary>
    public static string[] Short(int count, int seed = 42)
    {
        var random = new Random(seed);
        var result = new string[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = random.Next(2) == 0 ? Sensitive[random.Next(Sensitive.Length)] : Work[random.Next(Work.Length)];
        }
        return result;
    }

    public static long Utf8Bytes(string[] texts)
    {
        long total = 0;
        foreach (var t in texts)
        {
            total += Encoding.UTF8.GetByteCount(t);
        }
        return total;
    }

    private static string[] Build(int count, int seed, int sensitiveEvery)
    {
        var random = new Random(seed);
        var result = new string[count];
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Clear();
            var sentences = 1 + random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                sb.Append(Work[random.Next(Work.Length)]).Append(' ');
            }
            if (random.Next(sensitiveEvery) == 0)
            {
                sb.Append(Sensitive[random.Next(Sensitive.Length)]);
            }
            result[i] = sb.ToString();
        }
        return result;
    }
}
