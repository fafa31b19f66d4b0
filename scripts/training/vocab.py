"""Slot vocabularies shared by the generator's templates (written for StreamFilter; no external text)."""

FIRST = ["Dana", "Marcus", "Priya", "Tom", "Aisha", "Kenji", "Sofia", "Liam", "Chen", "Olga", "Rafael", "Nina",
         "Jamal", "Emma", "Arjun", "Grace", "Mateo", "Hannah", "Yusuf", "Claire", "Diego", "Mei", "Ben", "Zoe"]
LAST = ["Kowalski", "Okafor", "Nguyen", "Schmidt", "Patel", "Garcia", "Haddad", "Lindqvist", "Moreau", "Tanaka",
        "Brennan", "Silva", "Novak", "Fischer", "Ahmed", "Rossi"]
TEAM = ["platform", "payments", "search", "growth", "infra", "data", "mobile", "checkout", "identity", "billing",
        "ml", "frontend", "sre", "analytics", "tax-engine", "onboarding"]
SERVICE = ["order-service", "auth-gateway", "ingest-worker", "billing-api", "search-indexer", "notification-svc",
           "report-builder", "tax-calc-service", "user-profile-api", "ledger-sync", "feature-flags", "cdn-edge",
           "health-check-proxy", "payment-router", "invoice-renderer", "session-store"]
TOOL = ["Jira", "Confluence", "Grafana", "Datadog", "Kubernetes", "Terraform", "GitHub Actions", "Jenkins",
        "Postgres", "Redis", "Kafka", "Snowflake", "Figma", "Notion", "Slack", "Sentry", "Airflow", "dbt"]
LANG = ["Python", "C#", "TypeScript", "Go", "Java", "Rust", "SQL", "Kotlin", "bash"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
QUARTER = ["Q1", "Q2", "Q3", "Q4"]
METRIC = ["p99 latency", "error rate", "throughput", "CPU usage", "memory", "queue depth", "cache hit ratio",
          "build time", "conversion rate", "churn", "DAU", "test coverage"]
FEATURE = ["dark mode", "SSO login", "CSV export", "the new onboarding flow", "bulk edit", "search filters",
           "the retry logic", "rate limiting", "the audit log", "webhooks", "the pricing page", "offline sync"]
ERROR = ["NullReferenceException", "connection refused", "timeout after 30s", "OOMKilled", "403 Forbidden",
         "deadlock detected", "KeyError: 'user_id'", "TypeError: cannot read properties of undefined",
         "segmentation fault", "certificate has expired", "disk quota exceeded", "502 Bad Gateway"]
ARTIFACT = ["PR", "design doc", "RFC", "runbook", "postmortem", "ticket", "migration script", "dashboard",
            "release notes", "test plan", "roadmap", "spec"]
CUSTOMER = ["Acme Corp", "Globex", "Initech", "Umbrella Retail", "Northwind", "Contoso", "Stark Logistics",
            "Wayne Media", "Hooli", "Vandelay Imports"]

TAX_FORM = ["W-2", "1099-NEC", "1099-INT", "1099-DIV", "1040", "Schedule C", "Schedule A", "W-4", "1098",
            "1099-B", "8962", "Schedule SE", "1040-ES", "K-1"]
TAX_THING = ["itemized deductions", "the standard deduction", "my refund", "estimated quarterly taxes",
             "the child tax credit", "capital gains", "my withholding", "the earned income credit",
             "mortgage interest deduction", "charitable deductions", "the home office deduction",
             "filing status", "my tax return", "an extension", "the IRS notice", "back taxes",
             "state income tax", "property tax", "self-employment tax", "an amended return"]
TAX_SOFT = ["TurboTax", "H&R Block", "TaxAct", "FreeTaxUSA", "my accountant", "our CPA", "the tax preparer"]
FILING = ["single", "married filing jointly", "married filing separately", "head of household"]

PERF_RATING = ["Below Expectations", "Meets Expectations", "Exceeds Expectations", "Needs Improvement",
               "Partially Meets", "Outstanding", "Does Not Meet"]
HR_CASE = ["harassment complaint", "disciplinary hearing", "performance improvement plan", "PIP",
           "written warning", "grievance", "termination", "layoff list", "medical leave request",
           "accommodation request", "investigation", "exit interview", "background check"]
COMP = ["base salary", "bonus", "equity refresh", "RSU grant", "merit increase", "salary band", "comp adjustment",
        "retention bonus", "sign-on bonus", "pay raise"]
LEVEL = ["L3", "L4", "L5", "L6", "senior engineer", "staff engineer", "manager", "director", "IC2", "IC3"]

BANK = ["Chase", "Wells Fargo", "Bank of America", "Citi", "Capital One", "my credit union", "Ally", "Revolut",
        "Monzo", "Schwab", "Amex", "Discover"]
FIN_THING = ["my checking account", "my savings account", "my credit card", "my mortgage", "my car loan",
             "my student loans", "my overdraft", "my credit score", "my 401k", "my IRA", "my debit card",
             "the wire transfer", "my brokerage account", "my personal loan", "my rent payment"]

PLACE = ["the gym", "mom's", "the airport", "the pub", "your place", "the station", "home", "the park",
         "grandma's", "the cinema", "the beach"]
FAMILY = ["mom", "dad", "my sister", "my brother", "grandma", "my ex", "the kids", "my husband", "my wife",
          "my boyfriend", "my girlfriend", "my aunt", "babe"]
CONDITION = ["panic attacks", "depression", "anxiety", "migraines", "my diabetes", "the chemo", "my blood pressure",
             "the rash", "my back pain", "insomnia", "the biopsy results", "my ADHD meds", "the miscarriage",
             "my HIV test", "the lump", "my therapy", "my asthma", "the infection", "my thyroid", "the MRI"]
MED = ["sertraline", "Adderall", "metformin", "Xanax", "ibuprofen", "Lexapro", "insulin", "prednisone",
       "antibiotics", "birth control", "Wellbutrin", "lisinopril"]
CLINICIAN = ["my therapist", "the doctor", "my psychiatrist", "the nurse", "my GP", "the oncologist",
             "the dermatologist", "my OB", "the cardiologist", "urgent care"]
