/**
 * Bilingual word lists for the synthetic dictionary. Vietnamese in NFC with diacritics, as the
 * real dictionary's labels are; English names drive file names and property names.
 */

/** Domains: ministries and their areas. `name` is the folder and package suffix. */
export const DOMAINS = [
  { name: 'health', vi: 'Y tế', en: 'Health', agency: { vi: 'Bộ Y tế', en: 'Ministry of Health' } },
  { name: 'education', vi: 'Giáo dục', en: 'Education', agency: { vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training' } },
  { name: 'tax', vi: 'Thuế', en: 'Taxation', agency: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' } },
  { name: 'land', vi: 'Đất đai', en: 'Land', agency: { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' } },
  { name: 'transport', vi: 'Giao thông vận tải', en: 'Transport', agency: { vi: 'Bộ Xây dựng', en: 'Ministry of Construction' } },
  { name: 'social-insurance', vi: 'Bảo hiểm xã hội', en: 'Social insurance', agency: { vi: 'Bảo hiểm xã hội Việt Nam', en: 'Vietnam Social Security' } },
  { name: 'justice', vi: 'Tư pháp', en: 'Justice', agency: { vi: 'Bộ Tư pháp', en: 'Ministry of Justice' } },
  { name: 'labour', vi: 'Lao động và việc làm', en: 'Labour and employment', agency: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' } },
  { name: 'enterprise', vi: 'Doanh nghiệp', en: 'Enterprise', agency: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' } },
  { name: 'culture', vi: 'Văn hóa và du lịch', en: 'Culture and tourism', agency: { vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'Ministry of Culture, Sports and Tourism' } },
  { name: 'public-order', vi: 'Trật tự xã hội', en: 'Public order', agency: { vi: 'Bộ Công an', en: 'Ministry of Public Security' } },
  { name: 'public-finance', vi: 'Tài chính công', en: 'Public finance', agency: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' } },
];

/** The shared domain every other domain reuses elements and code lists from. */
export const COMMON_DOMAIN = {
  name: 'common',
  vi: 'Thành phần dùng chung',
  en: 'Common components',
  agency: { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' },
};

/** Things records are about. */
export const SUBJECTS = [
  ['patient', 'bệnh nhân', 'Patient'], ['facility', 'cơ sở', 'Facility'], ['student', 'học sinh', 'Student'],
  ['school', 'trường học', 'School'], ['taxpayer', 'người nộp thuế', 'Taxpayer'], ['invoice', 'hóa đơn', 'Invoice'],
  ['parcel', 'thửa đất', 'Land parcel'], ['vehicle', 'phương tiện', 'Vehicle'], ['licence', 'giấy phép', 'Licence'],
  ['insured', 'người tham gia bảo hiểm', 'Insured person'], ['contract', 'hợp đồng', 'Contract'], ['case', 'vụ việc', 'Case'],
  ['employee', 'người lao động', 'Employee'], ['employer', 'người sử dụng lao động', 'Employer'], ['branch', 'chi nhánh', 'Branch'],
  ['site', 'di tích', 'Heritage site'], ['budget', 'dự toán ngân sách', 'Budget estimate'], ['project', 'dự án', 'Project'],
  ['claim', 'yêu cầu thanh toán', 'Claim'], ['prescription', 'đơn thuốc', 'Prescription'], ['exam', 'kỳ thi', 'Examination'],
  ['certificate', 'chứng chỉ', 'Certificate'], ['household', 'hộ gia đình', 'Household'], ['visit', 'lượt khám', 'Visit'],
  ['shipment', 'lô hàng', 'Shipment'], ['account', 'tài khoản', 'Account'], ['payment', 'khoản thanh toán', 'Payment'],
  ['inspection', 'cuộc thanh tra', 'Inspection'], ['permit', 'giấy chứng nhận', 'Permit'], ['event', 'sự kiện', 'Event'],
].map(([name, vi, en]) => ({ name, vi, en }));

/** What an element says about a subject, with the JSON type it takes. */
export const ATTRIBUTES = [
  { name: 'code', vi: 'Mã', en: 'code', type: 'code' },
  { name: 'number', vi: 'Số', en: 'number', type: 'code' },
  { name: 'name', vi: 'Tên', en: 'name', type: 'text' },
  { name: 'issue-date', vi: 'Ngày cấp', en: 'issue date', type: 'date' },
  { name: 'start-date', vi: 'Ngày bắt đầu', en: 'start date', type: 'date' },
  { name: 'end-date', vi: 'Ngày kết thúc', en: 'end date', type: 'date' },
  { name: 'amount', vi: 'Số tiền', en: 'amount', type: 'money' },
  { name: 'quantity', vi: 'Số lượng', en: 'quantity', type: 'count' },
  { name: 'note', vi: 'Ghi chú', en: 'note', type: 'text' },
  { name: 'email', vi: 'Thư điện tử', en: 'e-mail', type: 'email' },
  { name: 'flag', vi: 'Cờ xác nhận', en: 'confirmation flag', type: 'boolean' },
  { name: 'rate', vi: 'Tỷ lệ', en: 'rate', type: 'ratio' },
];

/** Kinds of code list about a subject. */
export const LIST_KINDS = [
  { name: 'type', vi: 'Loại', en: 'type' },
  { name: 'status', vi: 'Trạng thái', en: 'status' },
  { name: 'category', vi: 'Nhóm', en: 'category' },
  { name: 'level', vi: 'Cấp', en: 'level' },
  { name: 'reason', vi: 'Lý do', en: 'reason' },
];

/** Labels of codes. */
export const CODE_LABELS = [
  ['Đang hoạt động', 'Active'], ['Tạm dừng', 'Suspended'], ['Chấm dứt', 'Terminated'], ['Chờ duyệt', 'Pending approval'],
  ['Đã duyệt', 'Approved'], ['Từ chối', 'Rejected'], ['Hết hiệu lực', 'Expired'], ['Khác', 'Other'], ['Cấp trung ương', 'Central level'],
  ['Cấp tỉnh', 'Provincial level'], ['Cấp xã', 'Commune level'], ['Ưu tiên', 'Priority'], ['Thông thường', 'Ordinary'],
].map(([vi, en]) => ({ vi, en }));

/** Entity names beyond the bare subject: `patient-record`. */
export const QUALIFIERS = [
  { name: 'record', vi: 'Hồ sơ', en: 'record' },
  { name: 'registration', vi: 'Đăng ký', en: 'registration' },
  { name: 'report', vi: 'Báo cáo', en: 'report' },
  { name: 'history', vi: 'Lịch sử', en: 'history' },
  { name: 'request', vi: 'Yêu cầu', en: 'request' },
  { name: 'decision', vi: 'Quyết định', en: 'decision' },
];

/** Vietnamese personal names, for examples. */
export const PEOPLE = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Thu Dung', 'Hoàng Minh Đức', 'Vũ Thị Hạnh', 'Đặng Quốc Huy', 'Bùi Ngọc Lan'];
