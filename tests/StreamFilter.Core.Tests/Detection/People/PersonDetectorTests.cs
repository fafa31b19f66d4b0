using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Tests.Detection.People;

public class PersonDetectorTests
{
    [Theory]
    // Greetings, sign-offs, relations, speech, titles
    [InlineData("Hi Dana,\nthe report is ready.", "Dana")]
    [InlineData("Looks good. Thanks, Priya", "Priya")]
    [InlineData("my manager Tomasz Kowalczyk gave me a 2 on my review", "Tomasz Kowalczyk")]
    [InlineData("Okafor said the vendor is late again.", "Okafor")]
    [InlineData("Dr. Nakamura will see you at 3pm.", "Nakamura")]
    [InlineData("Ms. Oyelaran called about the invoice.", "Oyelaran")]
    [InlineData("[00:41:07] Dana: let's start with the roadmap", "Dana")]
    [InlineData("can you take a look @priya?", "priya")]
    // Names of many countries and scripts
    [InlineData("I had a 1:1 with Siobhán O'Sullivan about the promotion.", "Siobhán O'Sullivan")]
    [InlineData("Reviewer: Łukasz Wiśniewski", "Łukasz Wiśniewski")]
    [InlineData("Candidate Krisztián Szöllösy accepted the offer.", "Krisztián Szöllösy")]
    [InlineData("Please draft feedback for Oluwaseun Adeyemi.", "Oluwaseun Adeyemi")]
    [InlineData("Ask Nguyễn Thị Hương about the on-call rotation.", "Nguyễn Thị Hương")]
    [InlineData("Meeting with Дмитрий Иванов moved to 2pm.", "Дмитрий Иванов")]
    [InlineData("Our new hire Mehmet Yılmaz starts Monday.", "Mehmet Yılmaz")]
    [InlineData("Contact person: Ananya Krishnamurthy", "Ananya Krishnamurthy")]
    [InlineData("Szabina J. Gelencsér filed the complaint.", "Szabina J. Gelencsér")]
    [InlineData("Ludwig van Beethoven wrote it.", "Ludwig van Beethoven")]
    // Word-names with context
    [InlineData("Chase Miller said he'd review it.", "Chase Miller")]
    [InlineData("Will Turner approved the change.", "Will Turner")]
    public void Finds_names(string text, string expected) =>
        Assert.Equal([expected], DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Person));

    [Theory]
    [InlineData("Interview panel: Jean-Luc Moreau, Aiyana Redcloud", "Jean-Luc Moreau", "Aiyana Redcloud")]
    [InlineData("Attendees: Wei Zhang, Fatima Al-Sayed and Kwame Mensah", "Wei Zhang", "Fatima Al-Sayed")]
    public void Finds_each_name_of_a_list(string text, string first, string second) =>
        Assert.Superset(new HashSet<string> { first, second }, DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Person).ToHashSet());

    [Theory]
    // Code identifiers
    [InlineData("var order = await OrderService.ProcessAsync(request, cancellationToken);")]
    [InlineData("public class PersonController : ControllerBase")]
    [InlineData("throw new ArgumentNullException(nameof(Name));")]
    [InlineData("services.AddSingleton<IUserRepository, UserRepository>();")]
    [InlineData("C:\\Users\\Dana\\AppData\\Local\\Temp")]
    // Tools and products
    [InlineData("Restart the Kafka consumer and file a Jira ticket.")]
    [InlineData("The Jenkins pipeline failed on the Docker build step.")]
    [InlineData("Open the Grafana dashboard and check the Prometheus alerts.")]
    // Chase the bank, months and weekdays, modal Will, sentence starts
    [InlineData("Chase declined my card again.")]
    [InlineData("I moved my savings from Chase to Wells Fargo.")]
    [InlineData("The May 5 deadline still holds; see you on Friday.")]
    [InlineData("Will this break prod?")]
    [InlineData("Will do.")]
    [InlineData("Please review the attached proposal. Thanks for the update.")]
    [InlineData("Grant access to the staging bucket and mark it resolved.")]
    [InlineData("2026-06-01T09:14:03Z INFO OrderService started in 412 ms")]
    [InlineData("Error: connection refused")]
    [InlineData("Project Manager: okay, let's start.")]
    [InlineData("Meeting notes: Q3 planning, hiring two backend engineers.")]
    [InlineData("cc @here @channel the deploy is done")]
    public void Leaves_look_alikes(string text) =>
        Assert.Empty(DetectorTestKit.Values(text, DetectorTestKit.Scan(text), EntityType.Person));
}
