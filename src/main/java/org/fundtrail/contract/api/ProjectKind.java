package org.fundtrail.contract.api;

/** Star-award usage plans list mandatory basic projects (基础项目) and elective ones (自选项目). */
public enum ProjectKind { BASIC, ELECTIVE }
