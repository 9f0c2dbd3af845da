package fr.tandem.dashboard.model;

/** Everything the dashboard shows for a filter, section by section. */
public record DashboardFigures(DashboardFilter filter, TrainingFigures training, LicenceFigures licences,
                               EquipmentFigures equipment, RequestFigures requests) {
}
