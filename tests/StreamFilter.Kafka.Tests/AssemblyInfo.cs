// Each test starts its own mock cluster (three brokers) and stage clients, some a child process; run
// in parallel on a 2-core machine they starve each other's timers (session, transaction and message
// timeouts), which turns broker-outage tests into tests of the scheduler. One test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
