using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.People;

public class StreetAddressDetectorTests
{
    [Theory]
    // US: number, optional direction, name, suffix, unit, city, state, ZIP
    [InlineData("Ship it to 4821 Whitfield Avenue Apt. 12, Portland, OR 97201 please", "4821 Whitfield Avenue Apt. 12, Portland, OR 97201")]
    [InlineData("my home address is 1668 Glyn St, Springfield, IL 62704-1234.", "1668 Glyn St, Springfield, IL 62704-1234")]
    [InlineData("office: 350 N Maple Dr Suite 200\nBeverly Hills, CA 90210", "350 N Maple Dr Suite 200\nBeverly Hills, CA 90210")]
    [InlineData("Meet me at 12 Main Street at noon.", "12 Main Street")]
    [InlineData("I moved to 77 Oak Brooks last month.", "77 Oak Brooks")] // a rarer USPS suffix, with a context word
    [InlineData("The office is at 1600 Pennsylvania Ave NW, Washington, DC 20500.", "1600 Pennsylvania Ave NW, Washington, DC 20500")]
    [InlineData("PO Box 4412, Austin, TX 78701", "PO Box 4412, Austin, TX 78701")]
    [InlineData("Please return to PSC 0413, Box 8144\nAPO AA 42323", "PSC 0413, Box 8144")]
    // Canada
    [InlineData("Send it to 88 Queen Street West, Toronto, ON M5H 2N2", "88 Queen Street West, Toronto, ON M5H 2N2")]
    // UK: flat before the street line, postcode
    [InlineData("Flat 3\n14 Crown Street\nLondon\nSW1A 2AA", "Flat 3\n14 Crown Street\nLondon\nSW1A 2AA")]
    [InlineData("She lives at 221 Baker Street, London NW1 6XE now", "221 Baker Street, London NW1 6XE")]
    // Germany: compound street, number after, five-digit postcode before the city
    [InlineData("Lieferadresse: Hauptstraße 12, 10115 Berlin", "Hauptstraße 12, 10115 Berlin")]
    [InlineData("The bus station is on Villacher Strasse 89", "Villacher Strasse 89")]
    [InlineData("Bergstr. 5\n80331 München", "Bergstr. 5\n80331 München")]
    // France: number first, street type before the name
    [InlineData("Notre bureau: 12, rue de la Paix\n75002 Paris", "12, rue de la Paix\n75002 Paris")]
    [InlineData("at 8 avenue Victor Hugo, 69002 Lyon.", "8 avenue Victor Hugo, 69002 Lyon")]
    // Spain and Italy: street type first, number after
    [InlineData("Vivo en Calle de Alcalá 42, Madrid, 28014", "Calle de Alcalá 42, Madrid, 28014")]
    [InlineData("Via Roma, 10\n00184 Roma (RM)", "Via Roma, 10\n00184 Roma (RM)")]
    [InlineData("La sede è in Piazza Garibaldi 3, 20121 Milano", "Piazza Garibaldi 3, 20121 Milano")]
    // Nordic compound streets
    [InlineData("Tomomi lives at Koskikatu 25, Helsinki", "Koskikatu 25, Helsinki")]
    [InlineData("Adresse: Præstevænget 15, København", "Præstevænget 15")]
    public void Finds_addresses(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.StreetAddress));

    [Theory]
    [InlineData("Build 4821 failed on step lint: src/api/orders.ts(118,7)")]
    [InlineData("2026-06-01T09:14:03.512Z INFO worker-3 processed batch 88123 in 412 ms (v2.14.3)")]
    [InlineData("Order #1200345 shipped via UPS, ETA 3 business days")]
    [InlineData("step 4 Run the migration, then step 5 Drive the smoke tests")]
    [InlineData("We have 3 key points and 2 open questions.")]
    [InlineData("Chapter 3 Test Drive covers the basics")]
    [InlineData("rollback to 3.3.9 fixed it; p99 at 1.8s")]
    [InlineData("SELECT id FROM events WHERE tenant_id = 42 ORDER BY created_at DESC LIMIT 100;")]
    [InlineData("The 2 Way Street problem is in chapter 7.")]
    [InlineData("Room 12 on floor 3 is free; 10 people max.")]
    [InlineData("version 2 Park is better than 1")]
    [InlineData("Merged PR 1234 Fix Street parser")]
    [InlineData("see RFC 7231 Section 6.5.4 for details")]
    [InlineData("I owe you 20 bucks for the 3 pizzas")]
    public void Leaves_look_alikes(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.StreetAddress));

    [Fact]
    public void A_street_with_a_city_scores_higher_than_the_street_alone()
    {
        var alone = DetectorTestKit.Scan("meet at 12 Main Street").Single(f => f.EntityType == EntityType.StreetAddress);
        var full = DetectorTestKit.Scan("meet at 12 Main Street, Springfield, IL 62704").Single(f => f.EntityType == EntityType.StreetAddress);

        Assert.True(full.Score > alone.Score);
    }
}
