namespace StreamFilter.Cli.People;

/// <summary>
/// Sentence templates for generated people text, written for this repo in the register of employee
/// activity (chat, e-mail, reviews, meeting transcripts, forms, prompts). Slots: {F} given name,
/// {FL} given and surname, {L} surname, {FML} with a middle initial, {f} a lower-case @handle,
/// {A} a full postal address, {S} a street line only, {W} a work sentence with no name, {T} a title.
/// Every slot except {W} and {T} is a labelled span. Negatives hold the look-alikes that must survive.
/// </summary>
internal static class PeopleTemplates
{
    public static readonly string[] Positive =
    [
        "Hi {F},\n{W}", "Hey {F}, {W}", "Hello {FL},\n\n{W}", "Dear {T} {L},\n{W}", "Good morning {F}! {W}", "Hi {F} and {F}, {W}",
        "{W}\n\nThanks,\n{F}", "{W} Thanks, {F}", "Thanks {F}!", "{W}\nCheers, {F}", "{W}\n\nBest regards,\n{FL}", "{W}\n-- {FL}", "Regards,\n{FL}\nSenior Engineer",
        "my manager {FL} gave me a 2 on my review", "My manager {F} said the promotion is on hold.", "my skip-level, {FL}, wants the doc by Friday",
        "{F} from finance approved the budget.", "{F} on the platform team owns the pipeline.", "our new hire {FL} starts Monday",
        "I had a 1:1 with {F} about my performance review.", "{FL} resigned yesterday, HR is handling the exit interview.",
        "Can you draft feedback for {F}? {W}", "Write a performance review for {FL}, a backend engineer who missed two deadlines.",
        "{F} is on parental leave until March.", "I think {F} should be promoted to staff engineer.", "{FL} (HR) asked me to keep this confidential.",
        "We interviewed {FL} for the backend role; strong on systems design.", "{F}'s PR broke the build again.", "Let's ask {F}.",
        "{F} said the migration is done.", "{FL} mentioned that the vendor is late.", "As {F} pointed out, {W}", "According to {FL}, the numbers are off.",
        "{F} thinks we should roll back.", "I asked {F} to review it.", "Ask {F} about the on-call rotation.", "ping {F} when it's deployed",
        "Dr. {L} will see you at 3pm.", "Ms. {L} called about the invoice.", "Mr. {FL} is waiting in the lobby.", "Prof. {L}'s lab sent the results.",
        "Mrs. {L} asked for a refund.", "I spoke with Dr. {FL} this morning.", "Meeting with {T} {L} moved to 2pm.",
        "[00:41:07] {F}: {W}", "[09:12] {FL}: {W}", "{F}: {W}\n{F}: sounds good", "{FL}: I think we should ship it.", "{FL}  10:02 AM\n{W}",
        "@{f} can you take a look?", "cc @{f} {W}", "thanks @{f}!", "@{f} @{f} standup in 5",
        "Name: {FL}", "Full name: {FML}", "Employee: {L}, {F}", "Patient: {FL}", "Contact person: {FL}", "Assignee: {FL}", "Reviewer: {F}",
        "Emergency contact: {FL} (sister)", "Candidate {FL} accepted the offer.",
        "My name is {FL}.", "My name is {F}", "I'm {F}, {W}", "I am {FL} and I need help with my account.", "This is {F} from support.",
        "{FL} lives at {A}.", "{FL}, {A}", "{FL} was born in 1984.", "{F} will join the call late.", "{F} and {F} paired on the fix.",
        "{F}, {F} and {F} are on call this week.", "Attendees: {FL}, {FL}, {FL}", "Interview panel: {FL}, {FL}",
        "Please send the contract to {FL} at {A}.", "Ship it to {A}", "my home address is {A}", "New address: {A}", "I moved to {S} last month.",
        "Billing address: {FL}\n{A}", "The office is at {S}.", "Deliver to {A}, attn {FL}", "{FL}\n{A}", "Meet me at {S} at noon.",
        "Her address is {A} in case you need it.", "Mailing address:\n{A}", "Can you update my address to {A}?",
        "Write a birthday message for {F} from the team.", "Summarise the complaint {FL} filed against {FL}.", "{FL} reported {FL} to HR for harassment.",
        "Chase {L} said he'd review it.", "Hi Chase, {W}", "Will {L} approved the change.", "Ask Will about the budget.", "May {L} is our new designer.",
    ];

    public static readonly string[] Work =
    [
        "Can you review the PR before standup?", "The retry logic looks off.", "Let's move the sync to Thursday.", "Please update the roadmap doc.",
        "The build is green again.", "I'll take the on-call shift.", "We need the numbers by Friday.", "Can we push the launch a week?",
        "The dashboard shows p99 at 1.8s since the release.", "I fixed the flaky test in the scheduler.", "Jira ticket is updated.",
        "The Kafka consumer lag is back to normal.", "Let me know if you have questions.", "Thanks for the quick turnaround.",
        "Happy to help with the migration.", "The customer escalated again.", "I'm out tomorrow, back on Monday.", "See the notes from the design review.",
    ];

    public static readonly string[] Titles = ["Dr.", "Ms.", "Mr.", "Mrs.", "Prof.", "Dr"];

    public static readonly string[] Negative =
    [
        "var order = await OrderService.ProcessAsync(request, cancellationToken);", "public class PersonController : ControllerBase",
        "throw new ArgumentNullException(nameof(Name));", "import React, { useState } from 'react';", "SELECT Name, Email FROM Users WHERE Id = 42;",
        "Console.WriteLine(customer.Name);", "@Override public String getName() { return name; }", "private readonly Dictionary<string, Person> _people = new();",
        "services.AddSingleton<IUserRepository, UserRepository>();", "git checkout -b feature/Chase-card-fix", "if (user.IsAdmin && !Settings.Enabled) return;",
        "Assert.Equal(Expected, Actual);", "def get_user(self, user_id: int) -> User:", "export default function UserProfile({ user }) {",
        "Restart the Kafka consumer on the Orders topic.", "Kafka lag is growing on partition 3.", "I filed a Jira ticket for the outage.",
        "The Jenkins pipeline failed on the Docker build step.", "Deploy to Azure after the Terraform plan is approved.", "The Ruby on Rails app still uses Sidekiq.",
        "Post the link in Slack.", "Open the Grafana dashboard and check the Prometheus alerts.", "Ask Siri to set a timer.", "Upload it to Dropbox or Google Drive.",
        "The Python script calls the Stripe API.", "Jenkins, Jira and Confluence are down for maintenance.", "Move the Figma mockups into Notion.",
        "Chase declined my card again.", "I moved my savings from Chase to Wells Fargo.", "My Chase account shows a pending charge.",
        "Paid with the Chase Sapphire card.", "Call Chase Bank customer service about the fraud alert.", "Chase the vendor for the missing invoice.",
        "The May 5 deadline still holds.", "In May we shipped the new billing flow.", "See you on Friday.", "Monday standup is cancelled.",
        "The April release notes are ready.", "We need this by June.", "Q3 planning starts in August.", "Happy Friday everyone!",
        "Will do.", "Will this break prod?", "Will you review the doc today?", "Will update the ticket after lunch.",
        "Please review the attached proposal.", "Thanks for the update.", "Sounds good to me.", "Great work on the launch.", "Could you resend the link?",
        "Maybe we should wait for the vendor.", "Hope this helps.", "Grant access to the staging bucket.", "Mark the ticket as resolved.",
        "Bill the customer for the overage.", "Page the on-call engineer.", "The Summer intern program starts soon.", "Rose Garden Room is booked.",
        "Customer Success owns the renewal.", "North America sales are up.", "The New York office is closed on Monday.", "The London team will join remotely.",
        "Project Manager: okay, let's start.", "Note: restart the worker after deploying.", "Error: connection refused", "Q: how do I reset it?\nA: use the admin page.",
        "Doctor: what brings you in today?\nPatient: my knee hurts.", "Interviewer: tell me about yourself.", "User: how do I export the report?\nAssistant: open Settings.",
        "2026-06-01T09:14:03Z INFO OrderService started in 412 ms", "WARN RetryPolicy: attempt 3 of 5 failed", "ERROR PaymentGateway.Charge timed out after 30s",
        "[00:41:07] Speaker: let's begin", "Build 4821 failed on step lint.", "Version bump 1.2.3 -> 1.2.4 in the manifest.", "Order #1200345 shipped via UPS.",
        "Meeting notes: Q3 planning, hiring two backend engineers.", "Refactor the pagination helper so both endpoints share it.",
        "The Golden Gate Bridge was closed.", "Apple and Microsoft reported earnings.", "Amazon Web Services had an outage in us-east-1.",
        "I read The Great Gatsby on the flight.", "Visit the Louvre when you are in Paris.", "Mount Everest is the highest mountain.",
        "The Los Angeles Lakers won last night.", "Harvard University published the study.", "Christmas party is on December 18.",
    ];
}
