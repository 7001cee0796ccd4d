package org.fundtrail.contract.api;



/** One project of a star-award usage plan (使用计划). */
public record PlannedProject(String title, ProjectKind kind) {
}
