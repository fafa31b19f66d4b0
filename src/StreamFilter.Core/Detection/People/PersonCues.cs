using System.Collections.Frozen;

namespace StreamFilter.Core.Detection.People;

/// <summary>
/// Small closed word classes the person classifier uses as features (by folded hash): tools and
/// products that are also names in the lists (Kafka, Jenkins, Ruby), organisation words (Bank, Inc),
/// months and weekdays. Everything else it learns from context in training.
/// </summary>
internal static class PersonCues
{
    private static readonly FrozenSet<ulong> Products = Hashes(
        "kafka", "jira", "jenkins", "docker", "kubernetes", "slack", "zoom", "teams", "outlook", "excel", "azure", "redis",
        "postgres", "grafana", "prometheus", "terraform", "ansible", "django", "flask", "rails", "ruby", "python", "java",
        "swift", "rust", "linux", "ubuntu", "debian", "windows", "chrome", "firefox", "safari", "figma", "notion", "confluence",
        "github", "gitlab", "bitbucket", "sentry", "datadog", "splunk", "kibana", "elastic", "spark", "hadoop", "airflow",
        "snowflake", "databricks", "tableau", "looker", "salesforce", "stripe", "twilio", "okta", "heroku", "vercel", "netlify",
        "cloudflare", "nginx", "apache", "tomcat", "maven", "gradle", "webpack", "react", "angular", "vue", "node", "cassandra",
        "mongo", "oracle", "siri", "alexa", "cortana", "copilot", "claude", "gemini", "amazon", "google", "apple", "microsoft",
        "meta", "tesla", "uber", "lyft", "shopify", "zendesk", "asana", "trello", "miro", "loom", "dropbox", "workday", "kotlin",
        "scala", "perl", "julia", "dart", "flutter", "electron", "jest", "mocha", "chai", "jasmine", "karma", "cypress", "selenium",
        "pandas", "numpy", "keras", "torch", "bazel", "helm", "istio", "envoy", "consul", "vault", "nomad", "packer", "vagrant",
        "celery", "sidekiq", "resque", "rabbit", "mercury", "atlas", "jupyter", "kaggle", "hugo", "jekyll", "gatsby", "next",
        "nuxt", "svelte", "ember", "backbone", "express", "laravel", "symfony", "spring", "hibernate", "quarkus", "micronaut",
        "visa", "mastercard", "paypal", "venmo", "zelle", "chase", "citi", "barclays", "hsbc", "santander", "fidelity", "schwab",
        "vanguard", "wells", "fargo", "capital", "discover", "amex", "coinbase", "robinhood", "revolut", "monzo", "wise");

    private static readonly FrozenSet<ulong> OrgWords = Hashes(
        "inc", "corp", "corporation", "llc", "ltd", "gmbh", "plc", "co", "company", "bank", "group", "labs", "technologies",
        "systems", "solutions", "services", "partners", "holdings", "university", "college", "institute", "foundation",
        "association", "hospital", "clinic", "airlines", "airways", "motors", "studios", "records", "press", "media", "capital",
        "ventures", "consulting", "software", "street", "avenue", "road", "county", "city", "river", "lake", "mountain", "park");

    private static readonly FrozenSet<ulong> Calendar = Hashes(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "christmas", "easter", "thanksgiving", "halloween");

    public static bool IsProduct(ulong hash) => Products.Contains(hash);

    public static bool IsOrgWord(ulong hash) => OrgWords.Contains(hash);

    public static bool IsCalendar(ulong hash) => Calendar.Contains(hash);

    private static FrozenSet<ulong> Hashes(params string[] words) => words.Select(w => FoldedHash.Of(w)).ToFrozenSet();
}
