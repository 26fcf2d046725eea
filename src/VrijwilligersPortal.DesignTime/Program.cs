// This project exists for `dotnet ef` (see docs/migrations.md); running it does nothing.
Console.WriteLine("Use this project as --startup-project for dotnet ef; see docs/migrations.md.");
