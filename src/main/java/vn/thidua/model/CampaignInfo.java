package vn.thidua.model;

import java.time.LocalDate;

/**
 * What the campaign is and when it runs.
 *
 * @param code stable code, e.g. "90-hanh-dong-2020"
 * @param name full Vietnamese name
 * @param issuer the body that issued the guidance
 * @param guidance the guidance document, e.g. "Hướng dẫn số 13/HD-BTV ngày 25/02/2020"
 * @param province the province union that receives the reports
 * @param window dates of actions and road completion must fall inside
 * @param nominationDeadline reports dated after it are late
 */
public record CampaignInfo(
    String code,
    String name,
    String issuer,
    String guidance,
    Province province,
    Window window,
    LocalDate nominationDeadline) {}
