using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Core.Implementation;

public static class ImplementationRegistration
{
    /// <summary>The implementation-tracking services, one per record kind, registered with one line in <c>DatabaseSetup</c>.</summary>
    public static IServiceCollection AddImplementationTracking(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<TrainingService>();
        services.AddScoped<ChampionService>();
        services.AddScoped<PracticeMeetingService>();
        services.AddScoped<PresentationService>();
        services.AddScoped<ContinuumService>();
        services.AddScoped<ImplementationOverviewService>();
        return services;
    }
}
