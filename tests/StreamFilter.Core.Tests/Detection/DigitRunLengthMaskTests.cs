using StreamFilter.Core.Detection;
using StreamFilter.Core.Detection.Text;

namespace StreamFilter.Core.Tests.Detection;

/// <summary>
/// The engine offers a digit run only to detectors whose <see cref="DigitRunDetector.RunLengths"/>
/// hold its length. A mask that left out a length a detector can match would silently lose findings,
/// so every run of many generated identifier-shaped texts is offered to every detector unfiltered,
/// and any finding from a run outside the mask fails the test.
/// </summary>
public class DigitRunLengthMaskTests
{
    private const string Alphabet = "0123456789012345678901234567890123456789ABCDEFGHMRSWXYZaemnx--  ../:()#";

    public static TheoryData<string> DigitRunDetectorIds() =>
        [.. DetectorCatalog.BuiltIn.OfType<DigitRunDetector>().Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(DigitRunDetectorIds))]
    public void No_finding_comes_from_a_run_length_outside_the_mask(string id)
    {
        var detector = (DigitRunDetector)DetectorCatalog.Find(id)!;
        var random = new Random(20261122);
        using var findings = new FindingList();
        var matched = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = Generate(random);
            for (var i = 0; i < text.Length;)
            {
                var start = text.AsSpan(i).IndexOfAnyInRange('0', '9');
                if (start < 0)
                {
                    break;
                }
                start += i;
                var length = Chars.DigitRun(text, start);
                findings.Clear();
                detector.MatchRun(text, start, length, findings);
                matched += findings.Count;
                Assert.True(findings.Count == 0 || detector.AcceptsRun(length), $"{id} matched a run of {length} digits outside its mask");
                i = start + length;
            }
        }
        // The generator must actually produce this detector's shapes, or the test proves nothing.
        Assert.True(matched > 0, $"no {id} candidate generated");
    }

    // Valid values of every digit-run detector, mutated below so that near shapes with other run
    // lengths ("536-22-48712", "4111 1111 1111 111") are generated around them.
    private static readonly string[] Seeds =
    [
        "536-22-4871", "536224871", "912-70-1234", "912701234", "12-3456789", "C12345678", "A1234567",
        "4111 1111 1111 1111", "4111111111111111", "3782 822463 10005", "GB82WEST12345698765432",
        "DE89 3704 0044 0532 0130 00", "121000358", "1210-0035-8", "12345678901", "1245319599", "1245-319-599",
        "AB1234563", "A91234563", "1EG4-TE5-MK73", "1EG4TE5MK73", "MR-0048291", "XZH123456789", "12345678-01",
        "E11.9", "S72.001A", "C4A.0", "03/14/1985", "1985-03-14", "14 Mar 1985", "March 14, 1985",
        // National, tax and health ids of other countries
        "AB 12 34 56 C", "AB123456C", "943 476 5870", "130 692 544", "54362315-K", "X9613851N", "12.345.678-Z",
        "36 574 261 809", "21/815/08150", "2 95 10 99 126 111 93", "RSSMRA45C12F205C", "390.533.447-05",
        "11.017.153/0001-68", "1112.22.333", "2341 2341 2346", "ABMPA3211G", "876 543 210", "2123 45670 1",
        "S2740116C", "44051401458", "871220-2384", "19910924-2397", "BEML920313HMCLNS09", "ALC920108P18",
    ];

    private static string Generate(Random random)
    {
        if (random.Next(2) == 0)
        {
            var chars = new char[random.Next(4, 24)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }
            return new string(chars);
        }
        var text = new System.Text.StringBuilder(Seeds[random.Next(Seeds.Length)]);
        for (var m = random.Next(3); m > 0; m--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0: text[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                case 1: text.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                default: text.Remove(at, 1); break;
            }
        }
        return Affix(random) + text + Affix(random);
    }

    private static string Affix(Random random) =>
        random.Next(2) == 0 ? " " : new string(Alphabet[random.Next(Alphabet.Length)], random.Next(1, 3));
}
