/** 地区 / 小学校区 (Area) as listed to the public, grouped under its district center. */
export interface AreaSummary {
  id: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
  centerNameJa: string;
  centerNameEn: string;
}
