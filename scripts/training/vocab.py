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

# Added for the people-data, engineering and sensitive-at-work families (families.py).
DEPT = ["Engineering", "Sales", "Customer Success", "Finance", "Marketing", "Support", "Operations", "Product",
        "Legal", "People Ops", "Data Science", "IT"]
ROLE = ["Software Engineer II", "Senior Account Executive", "Support Specialist", "Product Manager",
        "Staff Data Scientist", "Engineering Manager", "Financial Analyst", "Recruiter", "SRE", "UX Designer",
        "Marketing Coordinator", "Solutions Architect"]
RATING_NUM = ["1", "2", "3", "4", "5", "2.5", "3.5", "1 (Does Not Meet)", "4 (Exceeds)", "3 - Solid"]
TERM_REASON = ["gross misconduct", "repeated policy violations", "job abandonment", "position elimination",
               "failure to meet the PIP goals", "falsified timesheets", "a reduction in force",
               "violating the code of conduct", "unsatisfactory performance", "restructuring"]
ACCOM = ["a standing desk and extra breaks", "a reduced schedule for six weeks", "working from home three days",
         "a quiet workspace", "screen reader software", "flexible start times", "no travel for now",
         "a modified on-call rotation", "time off for weekly appointments", "a parking spot near the door"]
DIAG = ["multiple sclerosis", "bipolar disorder", "PTSD", "Crohn's disease", "epilepsy", "long COVID",
        "major depression", "type 1 diabetes", "breast cancer", "an anxiety disorder", "a herniated disc",
        "ADHD", "lupus", "a heart condition", "endometriosis"]
LEAVE = ["FMLA", "parental leave", "medical leave", "short-term disability", "bereavement leave",
         "intermittent FMLA", "a leave of absence", "long-term disability", "caregiver leave"]
BG_FLAG = ["a 2014 DUI", "a misdemeanor conviction", "a gap in employment history", "a degree that could not be verified",
           "a pending charge", "a failed drug screen", "a credit report issue", "a mismatch in prior titles",
           "a prior termination for cause"]
COMP_CHANGE = ["merit increase", "promotion increase", "market adjustment", "equity adjustment", "pay cut",
               "retention bonus", "off-cycle raise", "bonus payout", "salary correction"]
SICK = ["chemo", "radiation", "my IVF meds", "the colonoscopy prep", "a seizure", "my eating disorder program",
        "dialysis", "an ER visit", "my kidney stones", "the biopsy", "a miscarriage", "my surgery",
        "my therapy session", "a panic attack", "my MS flare", "a migraine", "the endoscopy"]
ENG_VERB = ["terminate", "kill", "nuke", "abort", "purge", "execute", "diagnose", "quarantine", "evict", "drain",
            "orphan", "reap", "fire", "triage"]
ENG_NOUN = ["instances", "the process", "the pods", "zombie workers", "the old nodes", "the stale jobs",
            "the child process", "the connection pool", "the cron job", "the orphaned volumes", "the hung thread",
            "the canary", "the build agents", "the spot fleet"]
SENS_IDENT = ["PatientRecord", "DiagnosisCode", "PayrollRun", "TaxBracket", "SalaryBand", "EmployeeReview",
              "Icd10Mapper", "MedicationOrder", "BenefitsEnrollment", "TerminationReason", "W2Export",
              "PerformanceRating", "LabResult", "PasswordPolicy", "DisabilityFlag", "LeaveBalance"]
sens_ident = ["patient_record", "diagnosis_code", "payroll_run", "tax_bracket", "salary_band", "employee_review",
              "icd10_mapping", "medication_order", "benefits_enrollment", "termination_reason", "w2_export",
              "performance_rating", "lab_result", "password_policy", "disability_flag", "leave_balance"]
HOST = ["8.8.8.8", "10.0.3.17", "192.168.1.40", "api.internal.example.com", "db-replica-2", "localhost:5432",
        "build-03.ci.local", "172.16.0.9", "redis.prod.svc", "s3://data-lake/raw", "ldap.corp.example.org"]
EMAILISH = ["abc@google.com", "ops-alerts@example.com", "noreply@github.com", "jira@corp.example.com",
            "build-bot@ci.example.net", "support@vendor.io"]
COUNTRY_TAX = ["HMRC", "the CRA", "the ATO", "the IRS", "Revenue", "the Finanzamt", "the tax office", "Skatteverket"]
IMMIG = ["my H-1B renewal", "my green card interview", "my visa status", "my work permit", "the asylum hearing",
         "my residency application", "my OPT extension"]
