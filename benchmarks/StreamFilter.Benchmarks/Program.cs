Console.WriteLine("benchmarks: see Program");
